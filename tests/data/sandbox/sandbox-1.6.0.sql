BEGIN TRANSACTION;
CREATE TABLE arrivals (
    show_id TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (show_id, member)
);
CREATE TABLE attendance (
    creator TEXT NOT NULL, member TEXT NOT NULL, show_id TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (creator, member, show_id)
);
INSERT INTO "attendance" VALUES('Mara Lindqvist','Ana','shw_439b6ba66c8149be','2026-11-30T08:37:10.228569+00:00');
INSERT INTO "attendance" VALUES('Mara Lindqvist','Kitchen with Kemi','shw_439b6ba66c8149be','2026-11-30T08:37:10.241244+00:00');
INSERT INTO "attendance" VALUES('Mara Lindqvist','Ben','shw_439b6ba66c8149be','2026-11-30T08:37:10.245300+00:00');
INSERT INTO "attendance" VALUES('Mara Lindqvist','Troll','shw_439b6ba66c8149be','2026-11-30T08:37:10.268870+00:00');
CREATE TABLE auction_bids (
        auction_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (auction_id, seq)
    );
CREATE TABLE auctions (
        rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
        show_id TEXT NOT NULL, status TEXT NOT NULL, ends_ts REAL NOT NULL,
        scheduled_ends_ts REAL NOT NULL, reserve_minor INTEGER, leader_key TEXT,
        body TEXT NOT NULL
    );
CREATE TABLE cohosts (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    name TEXT NOT NULL, created_at TEXT NOT NULL
);
INSERT INTO "cohosts" VALUES(1,'coh_788df1a628f340d8','shw_439b6ba66c8149be','Jun Park','2026-11-30T08:37:09.932385+00:00');
CREATE TABLE comment_pins (
    show_id TEXT PRIMARY KEY, comment_id TEXT, pinned_by TEXT, pinned_at TEXT,
    version INTEGER NOT NULL
);
CREATE TABLE comments (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    body TEXT NOT NULL
);
INSERT INTO "comments" VALUES(1,'cmt_bd1e8c61aee944e8','shw_439b6ba66c8149be','{"id":"cmt_bd1e8c61aee944e8","show_id":"shw_439b6ba66c8149be","author":"Ben","role":"viewer","kind":"question","text":"Is it oven-safe?","created_at":"2026-11-30T08:37:10.258229Z","hidden":false,"reply_to":null}');
INSERT INTO "comments" VALUES(2,'cmt_87325c99671547db','shw_439b6ba66c8149be','{"id":"cmt_87325c99671547db","show_id":"shw_439b6ba66c8149be","author":"Mara Lindqvist","role":"host","kind":"comment","text":"Yes.","created_at":"2026-11-30T08:37:10.262490Z","hidden":false,"reply_to":"cmt_bd1e8c61aee944e8"}');
INSERT INTO "comments" VALUES(3,'cmt_359ead6bf4494c11','shw_439b6ba66c8149be','{"id":"cmt_359ead6bf4494c11","show_id":"shw_439b6ba66c8149be","author":"Troll","role":"viewer","kind":"comment","text":"buy elsewhere","created_at":"2026-11-30T08:37:10.268756Z","hidden":true,"reply_to":null}');
INSERT INTO "comments" VALUES(4,'cmt_b58227cc85bb4540','shw_439b6ba66c8149be','{"id":"cmt_b58227cc85bb4540","show_id":"shw_439b6ba66c8149be","author":"Ben","role":"viewer","kind":"comment","text":"#win","created_at":"2026-11-30T08:37:10.294561Z","hidden":false,"reply_to":null}');
CREATE TABLE community_rules (creator TEXT PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO "community_rules" VALUES('Mara Lindqvist','{"tiers":[{"name":"Regular","threshold":50,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1},{"name":"Insider","threshold":150,"member_price_percent":5,"early_access_s":0,"giveaway_weight":2}],"return_window_s":1209600,"points_per_unit":1,"order_bonus":10,"tiny_order_minor":1000,"burst_window_s":600,"referral_points":25,"answer_points":20,"attendance_points":5,"streak_cap":5}');
CREATE TABLE drops (
    id TEXT PRIMARY KEY, show_id TEXT NOT NULL, product_id TEXT NOT NULL,
    opens_at TEXT NOT NULL, opens_ts REAL NOT NULL, UNIQUE (show_id, product_id)
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, show_id TEXT NOT NULL, type TEXT NOT NULL,
    at TEXT NOT NULL, data TEXT NOT NULL
);
INSERT INTO "events" VALUES(1,'shw_439b6ba66c8149be','queue.changed','2026-11-30T08:37:09.931979+00:00','{"show_id":"shw_439b6ba66c8149be","product_ids":["prd_skillet","prd_mug-set","prd_chai","prd_dutch-oven","prd_candle"],"version":1}');
INSERT INTO "events" VALUES(2,'shw_439b6ba66c8149be','show.changed','2026-11-30T08:37:09.932754+00:00','{"id":"shw_439b6ba66c8149be","title":"Harvest Kitchen: Autumn Pantry Live","host_name":"Mara Lindqvist","theme":{"id":"thm_harvest","name":"Harvest Kitchen","tagline":"Cosy autumn cooking, live from the farmhouse kitchen","accent_color":"#D9822B","background_color":"#2B1D14","loyalty_multiplier":2},"scheduled_start":"2026-11-30T08:42:00Z","status":"scheduled","started_at":null,"ended_at":null,"ingest_url":"rtmp://127.0.0.1:1935/live","stream_key_hint":"****FBA9","currency":"EUR"}');
INSERT INTO "events" VALUES(3,'shw_439b6ba66c8149be','viewers.changed','2026-11-30T08:37:09.932894+00:00','{"show_id":"shw_439b6ba66c8149be","count":42,"peak":42,"updated_at":"2026-11-30T08:37:09.932858Z"}');
INSERT INTO "events" VALUES(4,'shw_439b6ba66c8149be','show.changed','2026-11-30T08:37:09.933008+00:00','{"id":"shw_439b6ba66c8149be","title":"Harvest Kitchen: Autumn Pantry Live","host_name":"Mara Lindqvist","theme":{"id":"thm_harvest","name":"Harvest Kitchen","tagline":"Cosy autumn cooking, live from the farmhouse kitchen","accent_color":"#D9822B","background_color":"#2B1D14","loyalty_multiplier":2},"scheduled_start":"2026-11-30T08:42:00Z","status":"live","started_at":"2026-11-30T08:37:09.932942Z","ended_at":null,"ingest_url":"rtmp://127.0.0.1:1935/live","stream_key_hint":"****FBA9","currency":"EUR"}');
INSERT INTO "events" VALUES(5,'shw_439b6ba66c8149be','order.created','2026-11-30T08:37:10.228418+00:00','{"id":"ord_44b6d2b364584981","seq":1,"show_id":"shw_439b6ba66c8149be","product_id":"prd_skillet","quantity":1,"unit_price_minor":4900,"amount_minor":4900,"currency":"EUR","flash":false,"buyer_name":"Ana","referral_code":null,"points_earned":98,"stock_remaining":39,"created_at":"2026-11-30T08:37:10.228308Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
INSERT INTO "events" VALUES(6,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.229029+00:00','{"member":{"name":"Ana","tier":"Regular","tier_rank":1,"standing":64,"vested":5,"pending":59,"by_kind":{"purchase":59,"answered_question":0,"referral":0,"attendance":5},"orders_count":1,"shows_attended":1,"streak":1,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1,"first_seen_at":"2026-11-30T08:37:10.228607Z","last_seen_at":"2026-11-30T08:37:10.228795Z"},"cause":"order","show_id":"shw_439b6ba66c8149be","order_id":"ord_44b6d2b364584981","tier_up":true,"previous_tier":null}');
INSERT INTO "events" VALUES(7,'shw_439b6ba66c8149be','supporter.joined','2026-11-30T08:37:10.229145+00:00','{"id":"sup_362daa0183eb4496","display_name":"Ana","points":98,"orders_count":1,"spent_minor":4900,"first_seen_at":"2026-11-30T08:37:10.229104Z"}');
INSERT INTO "events" VALUES(8,'shw_439b6ba66c8149be','order.created','2026-11-30T08:37:10.233337+00:00','{"id":"ord_d34228fb1eae4ee7","seq":2,"show_id":"shw_439b6ba66c8149be","product_id":"prd_knife","quantity":1,"unit_price_minor":8900,"amount_minor":8900,"currency":"EUR","flash":false,"buyer_name":"Ana","referral_code":null,"points_earned":178,"stock_remaining":19,"created_at":"2026-11-30T08:37:10.233279Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
INSERT INTO "events" VALUES(9,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.233555+00:00','{"member":{"name":"Ana","tier":"Insider","tier_rank":2,"standing":163,"vested":5,"pending":158,"by_kind":{"purchase":158,"answered_question":0,"referral":0,"attendance":5},"orders_count":2,"shows_attended":1,"streak":1,"member_price_percent":5,"early_access_s":0,"giveaway_weight":2,"first_seen_at":"2026-11-30T08:37:10.228607Z","last_seen_at":"2026-11-30T08:37:10.233431Z"},"cause":"order","show_id":"shw_439b6ba66c8149be","order_id":"ord_d34228fb1eae4ee7","tier_up":true,"previous_tier":"Regular"}');
INSERT INTO "events" VALUES(10,'shw_439b6ba66c8149be','order.created','2026-11-30T08:37:10.237330+00:00','{"id":"ord_0d829562a6f04b29","seq":3,"show_id":"shw_439b6ba66c8149be","product_id":"prd_dutch-oven","quantity":1,"unit_price_minor":11900,"amount_minor":11305,"currency":"EUR","flash":false,"buyer_name":"Ana","referral_code":null,"points_earned":226,"stock_remaining":14,"created_at":"2026-11-30T08:37:10.237283Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":595}');
INSERT INTO "events" VALUES(11,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.237534+00:00','{"member":{"name":"Ana","tier":"Insider","tier_rank":2,"standing":286,"vested":5,"pending":281,"by_kind":{"purchase":281,"answered_question":0,"referral":0,"attendance":5},"orders_count":3,"shows_attended":1,"streak":1,"member_price_percent":5,"early_access_s":0,"giveaway_weight":2,"first_seen_at":"2026-11-30T08:37:10.228607Z","last_seen_at":"2026-11-30T08:37:10.237430Z"},"cause":"order","show_id":"shw_439b6ba66c8149be","order_id":"ord_0d829562a6f04b29","tier_up":false,"previous_tier":null}');
INSERT INTO "events" VALUES(12,'shw_439b6ba66c8149be','order.created','2026-11-30T08:37:10.241175+00:00','{"id":"ord_a8926e8aad964989","seq":4,"show_id":"shw_439b6ba66c8149be","product_id":"prd_chai","quantity":1,"unit_price_minor":1400,"amount_minor":1400,"currency":"EUR","flash":false,"buyer_name":"Kitchen with Kemi","referral_code":"KEMI","points_earned":28,"stock_remaining":119,"created_at":"2026-11-30T08:37:10.241062Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
INSERT INTO "events" VALUES(13,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.241521+00:00','{"member":{"name":"Kitchen with Kemi","tier":null,"tier_rank":0,"standing":29,"vested":5,"pending":24,"by_kind":{"purchase":24,"answered_question":0,"referral":0,"attendance":5},"orders_count":1,"shows_attended":1,"streak":1,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1,"first_seen_at":"2026-11-30T08:37:10.241263Z","last_seen_at":"2026-11-30T08:37:10.241413Z"},"cause":"referral","show_id":"shw_439b6ba66c8149be","order_id":"ord_a8926e8aad964989","tier_up":false,"previous_tier":null}');
INSERT INTO "events" VALUES(14,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.241603+00:00','{"member":{"name":"Kitchen with Kemi","tier":null,"tier_rank":0,"standing":29,"vested":5,"pending":24,"by_kind":{"purchase":24,"answered_question":0,"referral":0,"attendance":5},"orders_count":1,"shows_attended":1,"streak":1,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1,"first_seen_at":"2026-11-30T08:37:10.241263Z","last_seen_at":"2026-11-30T08:37:10.241413Z"},"cause":"order","show_id":"shw_439b6ba66c8149be","order_id":"ord_a8926e8aad964989","tier_up":false,"previous_tier":null}');
INSERT INTO "events" VALUES(15,'shw_439b6ba66c8149be','supporter.joined','2026-11-30T08:37:10.241648+00:00','{"id":"sup_84009592c05e4f41","display_name":"Kitchen with Kemi","points":28,"orders_count":1,"spent_minor":1400,"first_seen_at":"2026-11-30T08:37:10.241632Z"}');
INSERT INTO "events" VALUES(16,'shw_439b6ba66c8149be','order.created','2026-11-30T08:37:10.245243+00:00','{"id":"ord_3ba3e01bb369420a","seq":5,"show_id":"shw_439b6ba66c8149be","product_id":"prd_honey","quantity":1,"unit_price_minor":1600,"amount_minor":1600,"currency":"EUR","flash":false,"buyer_name":"Ben","referral_code":"KEMI","points_earned":32,"stock_remaining":89,"created_at":"2026-11-30T08:37:10.245190Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
INSERT INTO "events" VALUES(17,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.245549+00:00','{"member":{"name":"Kitchen with Kemi","tier":"Regular","tier_rank":1,"standing":54,"vested":5,"pending":49,"by_kind":{"purchase":24,"answered_question":0,"referral":25,"attendance":5},"orders_count":1,"shows_attended":1,"streak":1,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1,"first_seen_at":"2026-11-30T08:37:10.241263Z","last_seen_at":"2026-11-30T08:37:10.245439Z"},"cause":"referral","show_id":"shw_439b6ba66c8149be","order_id":"ord_3ba3e01bb369420a","tier_up":true,"previous_tier":null}');
INSERT INTO "events" VALUES(18,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.245642+00:00','{"member":{"name":"Ben","tier":null,"tier_rank":0,"standing":31,"vested":5,"pending":26,"by_kind":{"purchase":26,"answered_question":0,"referral":0,"attendance":5},"orders_count":1,"shows_attended":1,"streak":1,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1,"first_seen_at":"2026-11-30T08:37:10.245319Z","last_seen_at":"2026-11-30T08:37:10.245410Z"},"cause":"order","show_id":"shw_439b6ba66c8149be","order_id":"ord_3ba3e01bb369420a","tier_up":false,"previous_tier":null}');
INSERT INTO "events" VALUES(19,'shw_439b6ba66c8149be','supporter.joined','2026-11-30T08:37:10.245688+00:00','{"id":"sup_d8bfff018e16450d","display_name":"Ben","points":32,"orders_count":1,"spent_minor":1600,"first_seen_at":"2026-11-30T08:37:10.245674Z"}');
INSERT INTO "events" VALUES(20,'shw_439b6ba66c8149be','comment.created','2026-11-30T08:37:10.258411+00:00','{"id":"cmt_bd1e8c61aee944e8","show_id":"shw_439b6ba66c8149be","author":"Ben","role":"viewer","kind":"question","text":"Is it oven-safe?","created_at":"2026-11-30T08:37:10.258229Z","hidden":false,"reply_to":null}');
INSERT INTO "events" VALUES(21,'shw_439b6ba66c8149be','comment.created','2026-11-30T08:37:10.262530+00:00','{"id":"cmt_87325c99671547db","show_id":"shw_439b6ba66c8149be","author":"Mara Lindqvist","role":"host","kind":"comment","text":"Yes.","created_at":"2026-11-30T08:37:10.262490Z","hidden":false,"reply_to":"cmt_bd1e8c61aee944e8"}');
INSERT INTO "events" VALUES(22,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.262822+00:00','{"member":{"name":"Ben","tier":"Regular","tier_rank":1,"standing":51,"vested":25,"pending":26,"by_kind":{"purchase":26,"answered_question":20,"referral":0,"attendance":5},"orders_count":1,"shows_attended":1,"streak":1,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1,"first_seen_at":"2026-11-30T08:37:10.245319Z","last_seen_at":"2026-11-30T08:37:10.262659Z"},"cause":"answer","show_id":"shw_439b6ba66c8149be","order_id":null,"tier_up":true,"previous_tier":null}');
INSERT INTO "events" VALUES(23,'shw_439b6ba66c8149be','comment.created','2026-11-30T08:37:10.268831+00:00','{"id":"cmt_359ead6bf4494c11","show_id":"shw_439b6ba66c8149be","author":"Troll","role":"viewer","kind":"comment","text":"buy elsewhere","created_at":"2026-11-30T08:37:10.268756Z","hidden":false,"reply_to":null}');
INSERT INTO "events" VALUES(24,'shw_439b6ba66c8149be','member.updated','2026-11-30T08:37:10.269087+00:00','{"member":{"name":"Troll","tier":null,"tier_rank":0,"standing":5,"vested":5,"pending":0,"by_kind":{"purchase":0,"answered_question":0,"referral":0,"attendance":5},"orders_count":0,"shows_attended":1,"streak":1,"member_price_percent":0,"early_access_s":0,"giveaway_weight":1,"first_seen_at":"2026-11-30T08:37:10.268918Z","last_seen_at":"2026-11-30T08:37:10.268964Z"},"cause":"attendance","show_id":"shw_439b6ba66c8149be","order_id":null,"tier_up":false,"previous_tier":null}');
INSERT INTO "events" VALUES(25,'shw_439b6ba66c8149be','supporter.joined','2026-11-30T08:37:10.269167+00:00','{"id":"sup_a0bf65d2c4bf465a","display_name":"Troll","points":2,"orders_count":0,"spent_minor":0,"first_seen_at":"2026-11-30T08:37:10.269149Z"}');
INSERT INTO "events" VALUES(26,'shw_439b6ba66c8149be','restriction.changed','2026-11-30T08:37:10.272726+00:00','{"id":"rst_b4156f56a14c48e3","show_id":"shw_439b6ba66c8149be","viewer":"Troll","kind":"block","until":null,"active":true,"comment_id":"cmt_359ead6bf4494c11","created_by":"Mara Lindqvist","created_at":"2026-11-30T08:37:10.272567Z"}');
INSERT INTO "events" VALUES(27,'shw_439b6ba66c8149be','comment.updated','2026-11-30T08:37:10.272850+00:00','{"id":"cmt_359ead6bf4494c11","show_id":"shw_439b6ba66c8149be","author":"Troll","role":"viewer","kind":"comment","text":"buy elsewhere","created_at":"2026-11-30T08:37:10.268756Z","hidden":true,"reply_to":null}');
INSERT INTO "events" VALUES(28,'shw_439b6ba66c8149be','voucher.changed','2026-11-30T08:37:10.276446+00:00','{"id":"vch_86c1dd825d5147bc","show_id":"shw_439b6ba66c8149be","code":"AUTUMN10","kind":"percent","percent_off":10,"amount_off_minor":null,"currency":"EUR","claim_limit":5,"claims":0,"redeemed":0,"expires_at":"2026-11-30T09:37:10.276222Z","status":"active","on_screen":true,"created_at":"2026-11-30T08:37:10.276222Z"}');
INSERT INTO "events" VALUES(29,'shw_439b6ba66c8149be','voucher.changed','2026-11-30T08:37:10.280059+00:00','{"id":"vch_86c1dd825d5147bc","show_id":"shw_439b6ba66c8149be","code":"AUTUMN10","kind":"percent","percent_off":10,"amount_off_minor":null,"currency":"EUR","claim_limit":5,"claims":1,"redeemed":0,"expires_at":"2026-11-30T09:37:10.276222Z","status":"active","on_screen":true,"created_at":"2026-11-30T08:37:10.276222Z"}');
INSERT INTO "events" VALUES(30,'shw_439b6ba66c8149be','poll.changed','2026-11-30T08:37:10.283779+00:00','{"id":"pol_dbcba8a8bd434faa","show_id":"shw_439b6ba66c8149be","question":"Next?","options":[{"index":0,"text":"Soup","votes":0},{"index":1,"text":"Bread","votes":0}],"total_votes":0,"status":"open","opened_at":"2026-11-30T08:37:10.283593Z","closes_at":null,"closed_at":null}');
INSERT INTO "events" VALUES(31,'shw_439b6ba66c8149be','poll.changed','2026-11-30T08:37:10.287313+00:00','{"id":"pol_dbcba8a8bd434faa","show_id":"shw_439b6ba66c8149be","question":"Next?","options":[{"index":0,"text":"Soup","votes":0},{"index":1,"text":"Bread","votes":1}],"total_votes":1,"status":"open","opened_at":"2026-11-30T08:37:10.283593Z","closes_at":null,"closed_at":null}');
INSERT INTO "events" VALUES(32,'shw_439b6ba66c8149be','giveaway.opened','2026-11-30T08:37:10.291144+00:00','{"id":"gvw_a30c5ff468134aaa","show_id":"shw_439b6ba66c8149be","prize":"Apron","entry":"keyword","keyword":"#win","status":"open","opens_at":"2026-11-30T08:37:10.290938Z","closes_at":"2026-11-30T08:47:10.290938Z","entry_count":0,"seed_sha256":"0e65c97cad5a6369b9353d215e44209954a709aa907913b2df3d8ceb590601cb","seed":null,"winner_name":null,"drawn_at":null}');
INSERT INTO "events" VALUES(33,'shw_439b6ba66c8149be','comment.created','2026-11-30T08:37:10.294646+00:00','{"id":"cmt_b58227cc85bb4540","show_id":"shw_439b6ba66c8149be","author":"Ben","role":"viewer","kind":"comment","text":"#win","created_at":"2026-11-30T08:37:10.294561Z","hidden":false,"reply_to":null}');
INSERT INTO "events" VALUES(34,'shw_439b6ba66c8149be','giveaway.entered','2026-11-30T08:37:10.294987+00:00','{"giveaway_id":"gvw_a30c5ff468134aaa","show_id":"shw_439b6ba66c8149be","number":1,"entrant":"Ben","via":"keyword","entered_at":"2026-11-30T08:37:10.294756Z","weight":1}');
CREATE TABLE giveaway_entries (
        giveaway_id TEXT NOT NULL, number INTEGER NOT NULL, entrant TEXT NOT NULL,
        body TEXT NOT NULL, PRIMARY KEY (giveaway_id, number), UNIQUE (giveaway_id, entrant)
    );
INSERT INTO "giveaway_entries" VALUES('gvw_a30c5ff468134aaa',1,'Ben','{"giveaway_id":"gvw_a30c5ff468134aaa","show_id":"shw_439b6ba66c8149be","number":1,"entrant":"Ben","via":"keyword","entered_at":"2026-11-30T08:37:10.294756Z","weight":1}');
CREATE TABLE giveaways (
        rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
        show_id TEXT NOT NULL, status TEXT NOT NULL, closes_ts REAL NOT NULL,
        seed TEXT NOT NULL, body TEXT NOT NULL
    );
INSERT INTO "giveaways" VALUES(1,'gvw_a30c5ff468134aaa','shw_439b6ba66c8149be','open',1.79602843029093790054e+09,'ee74123c0e0ee584766360ed71e2476007ffc4ebf752f0c46e8bbb5db06a4402','{"id":"gvw_a30c5ff468134aaa","show_id":"shw_439b6ba66c8149be","prize":"Apron","entry":"keyword","keyword":"#win","status":"open","opens_at":"2026-11-30T08:37:10.290938Z","closes_at":"2026-11-30T08:47:10.290938Z","entry_count":1,"seed_sha256":"0e65c97cad5a6369b9353d215e44209954a709aa907913b2df3d8ceb590601cb","seed":null,"winner_name":null,"drawn_at":null}');
CREATE TABLE idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
    headers TEXT NOT NULL, body BLOB NOT NULL, created_ts REAL NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE TABLE ingest (show_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE ledger (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, creator TEXT NOT NULL,
    member TEXT NOT NULL, kind TEXT NOT NULL, points INTEGER NOT NULL, status TEXT NOT NULL,
    reason TEXT NOT NULL, show_id TEXT NOT NULL, order_id TEXT, comment_id TEXT,
    created_at TEXT NOT NULL, created_ts REAL NOT NULL, vests_ts REAL, settled_at TEXT,
    tiny INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "ledger" VALUES(1,'pts_b3980a45df54465b','Mara Lindqvist','Ana','attendance',5,'vested','streak of 1 show','shw_439b6ba66c8149be',NULL,NULL,'2026-11-30T08:37:10.228569+00:00',1.79602783022872591021e+09,NULL,'2026-11-30T08:37:10.228569+00:00',0);
INSERT INTO "ledger" VALUES(2,'pts_fcb31a4ca59f47a6','Mara Lindqvist','Ana','purchase',59,'pending','','shw_439b6ba66c8149be','ord_44b6d2b364584981',NULL,'2026-11-30T08:37:10.228772+00:00',1.79602783022880458825e+09,1.79723743022877192497e+09,NULL,0);
INSERT INTO "ledger" VALUES(3,'pts_9097c1ee3bd14f0f','Mara Lindqvist','Ana','purchase',99,'pending','','shw_439b6ba66c8149be','ord_d34228fb1eae4ee7',NULL,'2026-11-30T08:37:10.233400+00:00',1.79602783023344206815e+09,1797237430.2334,NULL,0);
INSERT INTO "ledger" VALUES(4,'pts_f8b3680b9c314751','Mara Lindqvist','Ana','purchase',123,'pending','','shw_439b6ba66c8149be','ord_0d829562a6f04b29',NULL,'2026-11-30T08:37:10.237402+00:00',1.79602783023744082451e+09,1.79723743023740196228e+09,NULL,0);
INSERT INTO "ledger" VALUES(5,'pts_6e8f700a84274ecb','Mara Lindqvist','Kitchen with Kemi','attendance',5,'vested','streak of 1 show','shw_439b6ba66c8149be',NULL,NULL,'2026-11-30T08:37:10.241244+00:00',1.79602783024131488803e+09,NULL,'2026-11-30T08:37:10.241244+00:00',0);
INSERT INTO "ledger" VALUES(6,'pts_e68f242a84954f77','Mara Lindqvist','Kitchen with Kemi','purchase',24,'pending','','shw_439b6ba66c8149be','ord_a8926e8aad964989',NULL,'2026-11-30T08:37:10.241331+00:00',1.79602783024135637286e+09,1.79723743024133110045e+09,NULL,0);
INSERT INTO "ledger" VALUES(7,'pts_317a983d6a64495a','Mara Lindqvist','Kitchen with Kemi','referral',25,'withheld','self-referral','shw_439b6ba66c8149be','ord_a8926e8aad964989',NULL,'2026-11-30T08:37:10.241407+00:00',1.79602783024142217634e+09,1.79723743024133110045e+09,NULL,0);
INSERT INTO "ledger" VALUES(8,'pts_5251d25a19db4c88','Mara Lindqvist','Ben','attendance',5,'vested','streak of 1 show','shw_439b6ba66c8149be',NULL,NULL,'2026-11-30T08:37:10.245300+00:00',1.79602783024537110325e+09,NULL,'2026-11-30T08:37:10.245300+00:00',0);
INSERT INTO "ledger" VALUES(9,'pts_7afbf0846d5c47d9','Mara Lindqvist','Ben','purchase',26,'pending','','shw_439b6ba66c8149be','ord_3ba3e01bb369420a',NULL,'2026-11-30T08:37:10.245394+00:00',1.79602783024541735653e+09,1.79723743024539399145e+09,NULL,0);
INSERT INTO "ledger" VALUES(10,'pts_e49f3bf6081944ef','Mara Lindqvist','Kitchen with Kemi','referral',25,'pending','Ben bought','shw_439b6ba66c8149be','ord_3ba3e01bb369420a',NULL,'2026-11-30T08:37:10.245435+00:00',1.79602783024544596676e+09,1.79723743024539399145e+09,NULL,0);
INSERT INTO "ledger" VALUES(11,'pts_5a098c5958094b2e','Mara Lindqvist','Ben','answered_question',20,'vested','answered by Mara Lindqvist','shw_439b6ba66c8149be',NULL,'cmt_bd1e8c61aee944e8','2026-11-30T08:37:10.262634+00:00',1.79602783026267623896e+09,NULL,'2026-11-30T08:37:10.262634+00:00',0);
INSERT INTO "ledger" VALUES(12,'pts_1bfe9855e9014c67','Mara Lindqvist','Troll','attendance',5,'vested','streak of 1 show','shw_439b6ba66c8149be',NULL,NULL,'2026-11-30T08:37:10.268870+00:00',1.7960278302689766884e+09,NULL,'2026-11-30T08:37:10.268870+00:00',0);
CREATE TABLE members (
    creator TEXT NOT NULL, member TEXT NOT NULL, first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL, top_rank INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (creator, member)
);
INSERT INTO "members" VALUES('Mara Lindqvist','Ana','2026-11-30T08:37:10.228607+00:00','2026-11-30T08:37:10.237430+00:00',2);
INSERT INTO "members" VALUES('Mara Lindqvist','Kitchen with Kemi','2026-11-30T08:37:10.241263+00:00','2026-11-30T08:37:10.245439+00:00',1);
INSERT INTO "members" VALUES('Mara Lindqvist','Ben','2026-11-30T08:37:10.245319+00:00','2026-11-30T08:37:10.262659+00:00',1);
INSERT INTO "members" VALUES('Mara Lindqvist','Troll','2026-11-30T08:37:10.268918+00:00','2026-11-30T08:37:10.268964+00:00',0);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('host_token','st_host_fixture-old-data-dir');
INSERT INTO "meta" VALUES('cohost_token','st_cohost_fixture-old-data-dir');
INSERT INTO "meta" VALUES('viewer_token','st_viewer_fixture-demo');
INSERT INTO "meta" VALUES('stream_key','fixture-stream-key');
INSERT INTO "meta" VALUES('show_id','shw_439b6ba66c8149be');
CREATE TABLE order_reversals (
    order_id TEXT PRIMARY KEY, show_id TEXT NOT NULL, body TEXT NOT NULL
);
CREATE TABLE orders (
    show_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT UNIQUE NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (show_id, seq)
);
INSERT INTO "orders" VALUES('shw_439b6ba66c8149be',1,'ord_44b6d2b364584981','{"id":"ord_44b6d2b364584981","seq":1,"show_id":"shw_439b6ba66c8149be","product_id":"prd_skillet","quantity":1,"unit_price_minor":4900,"amount_minor":4900,"currency":"EUR","flash":false,"buyer_name":"Ana","referral_code":null,"points_earned":98,"stock_remaining":39,"created_at":"2026-11-30T08:37:10.228308Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
INSERT INTO "orders" VALUES('shw_439b6ba66c8149be',2,'ord_d34228fb1eae4ee7','{"id":"ord_d34228fb1eae4ee7","seq":2,"show_id":"shw_439b6ba66c8149be","product_id":"prd_knife","quantity":1,"unit_price_minor":8900,"amount_minor":8900,"currency":"EUR","flash":false,"buyer_name":"Ana","referral_code":null,"points_earned":178,"stock_remaining":19,"created_at":"2026-11-30T08:37:10.233279Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
INSERT INTO "orders" VALUES('shw_439b6ba66c8149be',3,'ord_0d829562a6f04b29','{"id":"ord_0d829562a6f04b29","seq":3,"show_id":"shw_439b6ba66c8149be","product_id":"prd_dutch-oven","quantity":1,"unit_price_minor":11900,"amount_minor":11305,"currency":"EUR","flash":false,"buyer_name":"Ana","referral_code":null,"points_earned":226,"stock_remaining":14,"created_at":"2026-11-30T08:37:10.237283Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":595}');
INSERT INTO "orders" VALUES('shw_439b6ba66c8149be',4,'ord_a8926e8aad964989','{"id":"ord_a8926e8aad964989","seq":4,"show_id":"shw_439b6ba66c8149be","product_id":"prd_chai","quantity":1,"unit_price_minor":1400,"amount_minor":1400,"currency":"EUR","flash":false,"buyer_name":"Kitchen with Kemi","referral_code":"KEMI","points_earned":28,"stock_remaining":119,"created_at":"2026-11-30T08:37:10.241062Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
INSERT INTO "orders" VALUES('shw_439b6ba66c8149be',5,'ord_3ba3e01bb369420a','{"id":"ord_3ba3e01bb369420a","seq":5,"show_id":"shw_439b6ba66c8149be","product_id":"prd_honey","quantity":1,"unit_price_minor":1600,"amount_minor":1600,"currency":"EUR","flash":false,"buyer_name":"Ben","referral_code":"KEMI","points_earned":32,"stock_remaining":89,"created_at":"2026-11-30T08:37:10.245190Z","voucher_id":null,"discount_minor":0,"auction_id":null,"member_discount_minor":0}');
CREATE TABLE pins (
    show_id TEXT PRIMARY KEY, product_id TEXT, pinned_at TEXT, pinned_by TEXT,
    version INTEGER NOT NULL
);
INSERT INTO "pins" VALUES('shw_8bb35b3e248349df',NULL,NULL,NULL,0);
INSERT INTO "pins" VALUES('shw_439b6ba66c8149be',NULL,NULL,NULL,0);
INSERT INTO "pins" VALUES('shw_d42b69985e9d46fd',NULL,NULL,NULL,0);
CREATE TABLE poll_votes (
    poll_id TEXT NOT NULL, voter_key TEXT NOT NULL, option INTEGER NOT NULL,
    voted_at TEXT NOT NULL, PRIMARY KEY (poll_id, voter_key)
);
INSERT INTO "poll_votes" VALUES('pol_dbcba8a8bd434faa','8dd29e623952087f18080d8198b29982e09d9b4f7548cb28b86b4de5f2beca48',1,'2026-11-30T08:37:10.287230+00:00');
CREATE TABLE polls (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    question TEXT NOT NULL, options TEXT NOT NULL, counts TEXT NOT NULL, status TEXT NOT NULL,
    opened_at TEXT NOT NULL, closes_at TEXT, closes_ts REAL, closed_at TEXT
);
INSERT INTO "polls" VALUES(1,'pol_dbcba8a8bd434faa','shw_439b6ba66c8149be','Next?','["Soup", "Bread"]','[0, 1]','open','2026-11-30T08:37:10.283593+00:00',NULL,NULL,NULL);
CREATE TABLE products (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    sku TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, price_minor INTEGER NOT NULL,
    currency TEXT NOT NULL, flash_price_minor INTEGER, stock INTEGER NOT NULL,
    image TEXT NOT NULL, product_url TEXT NOT NULL
);
INSERT INTO "products" VALUES(1,'prd_skillet','shw_439b6ba66c8149be','HK-001','Cast-iron skillet 26 cm','Pre-seasoned, for every hob and the oven.',4900,'EUR',NULL,39,'skillet.jpg','https://shop.example/p/skillet');
INSERT INTO "products" VALUES(2,'prd_dutch-oven','shw_439b6ba66c8149be','HK-002','Enamel dutch oven 4 L','Pumpkin-orange enamel, oven-safe to 250 °C.',11900,'EUR',NULL,14,'dutch-oven.jpg','https://shop.example/p/dutch-oven');
INSERT INTO "products" VALUES(3,'prd_mug-set','shw_439b6ba66c8149be','HK-003','Stoneware mug set (4)','Hand-glazed, 350 ml each.',3600,'EUR',NULL,60,'mug-set.jpg','https://shop.example/p/mug-set');
INSERT INTO "products" VALUES(4,'prd_pour-over','shw_439b6ba66c8149be','HK-004','Ceramic pour-over set','Dripper, carafe and 100 filters.',4200,'EUR',NULL,25,'pour-over.jpg','https://shop.example/p/pour-over');
INSERT INTO "products" VALUES(5,'prd_cutting-board','shw_439b6ba66c8149be','HK-005','Maple cutting board','End-grain maple, 40 × 28 cm.',5500,'EUR',NULL,30,'cutting-board.jpg','https://shop.example/p/cutting-board');
INSERT INTO "products" VALUES(6,'prd_apron','shw_439b6ba66c8149be','HK-006','Linen apron','Stone-washed linen with two deep pockets.',3200,'EUR',NULL,45,'apron.jpg','https://shop.example/p/apron');
INSERT INTO "products" VALUES(7,'prd_chai','shw_439b6ba66c8149be','HK-007','Spiced chai blend 250 g','Cardamom, cinnamon, ginger and Assam.',1400,'EUR',NULL,119,'chai.jpg','https://shop.example/p/chai');
INSERT INTO "products" VALUES(8,'prd_candle','shw_439b6ba66c8149be','HK-008','Pumpkin spice candle','Soy wax, 45 hours of burn time.',1900,'EUR',NULL,80,'candle.jpg','https://shop.example/p/candle');
INSERT INTO "products" VALUES(9,'prd_knife','shw_439b6ba66c8149be','HK-009','Chef''s knife 20 cm','Forged stainless steel, walnut handle.',8900,'EUR',NULL,19,'knife.jpg','https://shop.example/p/knife');
INSERT INTO "products" VALUES(10,'prd_oven-mitts','shw_439b6ba66c8149be','HK-010','Wool oven mitts (pair)','Felted wool, heat-safe to 250 °C.',2400,'EUR',NULL,50,'oven-mitts.jpg','https://shop.example/p/oven-mitts');
INSERT INTO "products" VALUES(11,'prd_honey','shw_439b6ba66c8149be','HK-011','Wildflower honey 500 g','Raw honey with a beech dipper.',1600,'EUR',NULL,89,'honey.jpg','https://shop.example/p/honey');
INSERT INTO "products" VALUES(12,'prd_measuring-cups','shw_439b6ba66c8149be','HK-012','Copper measuring cups','Set of four, hammered copper.',2900,'EUR',NULL,35,'measuring-cups.jpg','https://shop.example/p/measuring-cups');
INSERT INTO "products" VALUES(13,'prd_skillet_8349df','shw_8bb35b3e248349df','HK-001','Cast-iron skillet 26 cm','Pre-seasoned, for every hob and the oven.',4900,'EUR',NULL,40,'skillet.jpg','https://shop.example/p/skillet');
INSERT INTO "products" VALUES(14,'prd_dutch-oven_8349df','shw_8bb35b3e248349df','HK-002','Enamel dutch oven 4 L','Pumpkin-orange enamel, oven-safe to 250 °C.',11900,'EUR',NULL,15,'dutch-oven.jpg','https://shop.example/p/dutch-oven');
INSERT INTO "products" VALUES(15,'prd_mug-set_8349df','shw_8bb35b3e248349df','HK-003','Stoneware mug set (4)','Hand-glazed, 350 ml each.',3600,'EUR',NULL,60,'mug-set.jpg','https://shop.example/p/mug-set');
INSERT INTO "products" VALUES(16,'prd_pour-over_8349df','shw_8bb35b3e248349df','HK-004','Ceramic pour-over set','Dripper, carafe and 100 filters.',4200,'EUR',NULL,25,'pour-over.jpg','https://shop.example/p/pour-over');
INSERT INTO "products" VALUES(17,'prd_cutting-board_8349df','shw_8bb35b3e248349df','HK-005','Maple cutting board','End-grain maple, 40 × 28 cm.',5500,'EUR',NULL,30,'cutting-board.jpg','https://shop.example/p/cutting-board');
INSERT INTO "products" VALUES(18,'prd_apron_8349df','shw_8bb35b3e248349df','HK-006','Linen apron','Stone-washed linen with two deep pockets.',3200,'EUR',NULL,45,'apron.jpg','https://shop.example/p/apron');
INSERT INTO "products" VALUES(19,'prd_chai_8349df','shw_8bb35b3e248349df','HK-007','Spiced chai blend 250 g','Cardamom, cinnamon, ginger and Assam.',1400,'EUR',NULL,120,'chai.jpg','https://shop.example/p/chai');
INSERT INTO "products" VALUES(20,'prd_candle_8349df','shw_8bb35b3e248349df','HK-008','Pumpkin spice candle','Soy wax, 45 hours of burn time.',1900,'EUR',NULL,80,'candle.jpg','https://shop.example/p/candle');
INSERT INTO "products" VALUES(21,'prd_knife_8349df','shw_8bb35b3e248349df','HK-009','Chef''s knife 20 cm','Forged stainless steel, walnut handle.',8900,'EUR',NULL,20,'knife.jpg','https://shop.example/p/knife');
INSERT INTO "products" VALUES(22,'prd_oven-mitts_8349df','shw_8bb35b3e248349df','HK-010','Wool oven mitts (pair)','Felted wool, heat-safe to 250 °C.',2400,'EUR',NULL,50,'oven-mitts.jpg','https://shop.example/p/oven-mitts');
INSERT INTO "products" VALUES(23,'prd_honey_8349df','shw_8bb35b3e248349df','HK-011','Wildflower honey 500 g','Raw honey with a beech dipper.',1600,'EUR',NULL,90,'honey.jpg','https://shop.example/p/honey');
INSERT INTO "products" VALUES(24,'prd_measuring-cups_8349df','shw_8bb35b3e248349df','HK-012','Copper measuring cups','Set of four, hammered copper.',2900,'EUR',NULL,35,'measuring-cups.jpg','https://shop.example/p/measuring-cups');
CREATE TABLE queues (
    show_id TEXT PRIMARY KEY, product_ids TEXT NOT NULL, version INTEGER NOT NULL
);
INSERT INTO "queues" VALUES('shw_8bb35b3e248349df','[]',0);
INSERT INTO "queues" VALUES('shw_439b6ba66c8149be','["prd_skillet", "prd_mug-set", "prd_chai", "prd_dutch-oven", "prd_candle"]',1);
INSERT INTO "queues" VALUES('shw_d42b69985e9d46fd','[]',0);
CREATE TABLE referral_visits (
    show_id TEXT NOT NULL, code TEXT NOT NULL, visits INTEGER NOT NULL,
    PRIMARY KEY (show_id, code)
);
CREATE TABLE reseller_invites (
    id TEXT PRIMARY KEY, show_id TEXT NOT NULL, name TEXT NOT NULL, code_hash TEXT UNIQUE NOT NULL,
    used_code TEXT
);
CREATE TABLE reseller_programs (show_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE resellers (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, show_id TEXT NOT NULL, code TEXT NOT NULL,
    name TEXT NOT NULL, orders_count INTEGER NOT NULL, revenue_minor INTEGER NOT NULL,
    UNIQUE (show_id, code)
);
INSERT INTO "resellers" VALUES(1,'shw_439b6ba66c8149be','KEMI','Kitchen with Kemi',2,3000);
INSERT INTO "resellers" VALUES(2,'shw_439b6ba66c8149be','SLOWCOOK','The Slow Cook Club',0,0);
CREATE TABLE restrictions (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    viewer TEXT NOT NULL, kind TEXT NOT NULL, until_ts REAL, lifted INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
INSERT INTO "restrictions" VALUES(1,'rst_b4156f56a14c48e3','shw_439b6ba66c8149be','Troll','block',NULL,0,'{"id":"rst_b4156f56a14c48e3","show_id":"shw_439b6ba66c8149be","viewer":"Troll","kind":"block","until":null,"active":true,"comment_id":"cmt_359ead6bf4494c11","created_by":"Mara Lindqvist","created_at":"2026-11-30T08:37:10.272567Z"}');
CREATE TABLE rundowns (
    show_id TEXT PRIMARY KEY, steps TEXT NOT NULL, version INTEGER NOT NULL, updated_by TEXT,
    updated_at TEXT
);
CREATE TABLE shows (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
    host_name TEXT NOT NULL, theme_id TEXT, scheduled_start TEXT NOT NULL, status TEXT NOT NULL,
    started_at TEXT, ended_at TEXT, ingest_url TEXT NOT NULL, key_hash TEXT, key_hint TEXT,
    currency TEXT NOT NULL, next_seq INTEGER NOT NULL DEFAULT 1,
    viewers INTEGER NOT NULL DEFAULT 0, viewers_peak INTEGER NOT NULL DEFAULT 0,
    viewers_at TEXT
);
INSERT INTO "shows" VALUES(1,'shw_8bb35b3e248349df','Harvest Kitchen: Preserves & Pickles','Mara Lindqvist','thm_harvest','2026-11-23T08:37:09.930264+00:00','ended','2026-11-30T08:37:09.930423+00:00','2026-11-30T08:37:09.930423+00:00','rtmp://127.0.0.1:1935/live',NULL,NULL,'EUR',1,0,0,'2026-11-30T08:37:09.930423+00:00');
INSERT INTO "shows" VALUES(2,'shw_439b6ba66c8149be','Harvest Kitchen: Autumn Pantry Live','Mara Lindqvist','thm_harvest','2026-11-30T08:42:00+00:00','live','2026-11-30T08:37:09.932942+00:00',NULL,'rtmp://127.0.0.1:1935/live','761bde672cdd64c9e0e6a31b19a576e5ad6b34cd5bba540fcf58dd0dbee133bd','****FBA9','EUR',6,42,42,'2026-11-30T08:37:09.932858+00:00');
INSERT INTO "shows" VALUES(3,'shw_d42b69985e9d46fd','Winter Baking Night','Mara Lindqvist',NULL,'2026-12-07T08:37:09.930264+00:00','scheduled',NULL,NULL,'rtmp://127.0.0.1:1935/live',NULL,NULL,'EUR',1,0,0,'2026-11-30T08:37:09.930647+00:00');
CREATE TABLE supporters (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    display_name TEXT NOT NULL, points INTEGER NOT NULL, orders_count INTEGER NOT NULL,
    spent_minor INTEGER NOT NULL, first_seen_at TEXT NOT NULL, UNIQUE (show_id, display_name)
);
INSERT INTO "supporters" VALUES(1,'sup_362daa0183eb4496','shw_439b6ba66c8149be','Ana',502,3,25105,'2026-11-30T08:37:10.229104+00:00');
INSERT INTO "supporters" VALUES(2,'sup_84009592c05e4f41','shw_439b6ba66c8149be','Kitchen with Kemi',28,1,1400,'2026-11-30T08:37:10.241632+00:00');
INSERT INTO "supporters" VALUES(3,'sup_d8bfff018e16450d','shw_439b6ba66c8149be','Ben',38,1,1600,'2026-11-30T08:37:10.245674+00:00');
INSERT INTO "supporters" VALUES(4,'sup_a0bf65d2c4bf465a','shw_439b6ba66c8149be','Troll',2,0,0,'2026-11-30T08:37:10.269149+00:00');
CREATE TABLE themes (id TEXT PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO "themes" VALUES('thm_harvest','{"id":"thm_harvest","name":"Harvest Kitchen","tagline":"Cosy autumn cooking, live from the farmhouse kitchen","accent_color":"#D9822B","background_color":"#2B1D14","loyalty_multiplier":2}');
CREATE TABLE timers (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    product_id TEXT NOT NULL, flash_price_minor INTEGER NOT NULL, starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL, ends_ts REAL NOT NULL, status TEXT NOT NULL
);
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, show_id TEXT,
    cohost_id TEXT
);
INSERT INTO "tokens" VALUES('10cbddbb3f1e4ad0bb5518f9604271f7f95fd3173edeb2c2b4ece1f8827084f9','Mara Lindqvist','host',NULL,NULL);
INSERT INTO "tokens" VALUES('bef4f109e76a5e7196f15e69e071991ffc1bc3e8dcf786a598c894bf4a153158','Jun Park','cohost','shw_439b6ba66c8149be','coh_788df1a628f340d8');
INSERT INTO "tokens" VALUES('2a73c26ecd69b579428ebe0d8e80cd4cf605f9d76218ee7ab1d51519b8bba463','Demo viewer','viewer','shw_439b6ba66c8149be',NULL);
INSERT INTO "tokens" VALUES('8dd29e623952087f18080d8198b29982e09d9b4f7548cb28b86b4de5f2beca48','Ben','viewer','shw_439b6ba66c8149be',NULL);
INSERT INTO "tokens" VALUES('c456f6d8aa92792ed5eee739ca1b114868829e8a1d0775fbdd99a2df19216db3','Troll','viewer','shw_439b6ba66c8149be',NULL);
CREATE TABLE voucher_claims (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, voucher_id TEXT NOT NULL,
    show_id TEXT NOT NULL, claimant_key TEXT NOT NULL, claimant TEXT NOT NULL,
    claimed_at TEXT NOT NULL, order_id TEXT, UNIQUE (voucher_id, claimant_key)
);
INSERT INTO "voucher_claims" VALUES(1,'clm_9bed0a5e41b84bf8','vch_86c1dd825d5147bc','shw_439b6ba66c8149be','8dd29e623952087f18080d8198b29982e09d9b4f7548cb28b86b4de5f2beca48','Ben','2026-11-30T08:37:10.279953+00:00',NULL);
CREATE TABLE vouchers (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    code TEXT NOT NULL, kind TEXT NOT NULL, percent_off INTEGER, amount_off_minor INTEGER,
    currency TEXT NOT NULL, claim_limit INTEGER NOT NULL, claims INTEGER NOT NULL,
    redeemed INTEGER NOT NULL, expires_at TEXT NOT NULL, expires_ts REAL NOT NULL,
    status TEXT NOT NULL, on_screen INTEGER NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (show_id, code)
);
INSERT INTO "vouchers" VALUES(1,'vch_86c1dd825d5147bc','shw_439b6ba66c8149be','AUTUMN10','percent',10,NULL,'EUR',5,1,0,'2026-11-30T09:37:10.276222+00:00',1.7960314302762217522e+09,'active',1,'2026-11-30T08:37:10.276222+00:00');
CREATE INDEX products_show ON products (show_id, rowid_);
CREATE INDEX timers_active ON timers (status, ends_ts);
CREATE INDEX comments_show ON comments (show_id, rowid_);
CREATE INDEX restrictions_viewer ON restrictions (show_id, viewer);
CREATE INDEX events_show ON events (show_id, id);
CREATE INDEX auctions_active ON auctions (status, ends_ts);
CREATE INDEX giveaways_open ON giveaways (status, closes_ts);
CREATE INDEX ledger_member ON ledger (creator, member);
CREATE INDEX ledger_due ON ledger (status, vests_ts);
CREATE INDEX ledger_order ON ledger (order_id);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('shows',3);
INSERT INTO "sqlite_sequence" VALUES('products',24);
INSERT INTO "sqlite_sequence" VALUES('events',34);
INSERT INTO "sqlite_sequence" VALUES('resellers',2);
INSERT INTO "sqlite_sequence" VALUES('cohosts',1);
INSERT INTO "sqlite_sequence" VALUES('ledger',12);
INSERT INTO "sqlite_sequence" VALUES('supporters',4);
INSERT INTO "sqlite_sequence" VALUES('comments',4);
INSERT INTO "sqlite_sequence" VALUES('restrictions',1);
INSERT INTO "sqlite_sequence" VALUES('vouchers',1);
INSERT INTO "sqlite_sequence" VALUES('voucher_claims',1);
INSERT INTO "sqlite_sequence" VALUES('polls',1);
INSERT INTO "sqlite_sequence" VALUES('giveaways',1);
COMMIT;
