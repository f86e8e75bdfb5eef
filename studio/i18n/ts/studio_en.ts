<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>👁 %Ln watching</source>
        <translation>
            <numerusform>👁 %Ln watching</numerusform>
            <numerusform>👁 %Ln watching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Remote: %n connected</source>
        <translation>
            <numerusform>● Remote: %n connected</numerusform>
            <numerusform>● Remote: %n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote control(s) signed in ({where})</source>
        <translation>
            <numerusform>%n remote control signed in ({where})</numerusform>
            <numerusform>%n remote controls signed in ({where})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make a new token? The old one stops working at once; %n remote control(s) signed in now will have to sign in again with the new one.</source>
        <translation>
            <numerusform>Make a new token? The old one stops working at once; the %n remote control signed in now will have to sign in again with the new one.</numerusform>
            <numerusform>Make a new token? The old one stops working at once; the %n remote controls signed in now will have to sign in again with the new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pt(s)</source>
        <comment>loyalty points</comment>
        <translation>
            <numerusform>%Ln pt</numerusform>
            <numerusform>%Ln pts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>%Ln in stock</numerusform>
            <numerusform>%Ln in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation>
            <numerusform>%Ln sold</numerusform>
            <numerusform>%Ln sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold</source>
        <translation>
            <numerusform>%Ln item sold</numerusform>
            <numerusform>%Ln items sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading {done} of %Ln file(s) ({sent} of {size})…</source>
        <translation>
            <numerusform>Uploading {done} of %Ln file ({sent} of {size})…</numerusform>
            <numerusform>Uploading {done} of %Ln files ({sent} of {size})…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded for the resellers.</source>
        <translation>
            <numerusform>%n file uploaded for the resellers.</numerusform>
            <numerusform>%n files uploaded for the resellers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{profile}: %Ln frame(s) encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</source>
        <translation>
            <numerusform>{profile}: %Ln frame encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</numerusform>
            <numerusform>{profile}: %Ln frames encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voucher {code}: {label}, %Ln claim(s)</source>
        <translation>
            <numerusform>Voucher {code}: {label}, %Ln claim</numerusform>
            <numerusform>Voucher {code}: {label}, %Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n step done, none left.</numerusform>
            <numerusform>All %n steps done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done · next: {step}</source>
        <translation>
            <numerusform>{done} of %n done · next: {step}</numerusform>
            <numerusform>{done} of %n done · next: {step}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: {q} · %Ln vote(s)</source>
        <translation>
            <numerusform>{what}: {q} · %Ln vote</numerusform>
            <numerusform>{what}: {q} · %Ln votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bid(s)</source>
        <translation>
            <numerusform>%Ln bid</numerusform>
            <numerusform>%Ln bids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) · vested: {vested} · pending: {pending}</source>
        <translation>
            <numerusform>%Ln point · vested: {vested} · pending: {pending}</numerusform>
            <numerusform>%Ln points · vested: {vested} · pending: {pending}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · shows attended: {shows} · streak {streak}</source>
        <translation>
            <numerusform>%Ln order · shows attended: {shows} · streak {streak}</numerusform>
            <numerusform>%Ln orders · shows attended: {shows} · streak {streak}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No hardware encoder and %n processor core(s): 720p keeps the show smooth.</source>
        <translation>
            <numerusform>No hardware encoder and %n processor core: 720p keeps the show smooth.</numerusform>
            <numerusform>No hardware encoder and %n processor cores: 720p keeps the show smooth.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold. Best seller: {best_seller}.</source>
        <translation>
            <numerusform>%Ln item sold. Best seller: {best_seller}.</numerusform>
            <numerusform>%Ln items sold. Best seller: {best_seller}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold.</source>
        <translation>
            <numerusform>%Ln item sold.</numerusform>
            <numerusform>%Ln items sold.</numerusform>
        </translation>
    </message>
</context>
</TS>
