"""The post-show report: figures from the show's timeline, rendered as self-contained HTML
(SVG charts inside), a multi-page A4 PDF and CSV files for marketing. Qt-free."""
