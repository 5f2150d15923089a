// Ingest turns bytes into clean `Article`s: encoding detection, formats (text, HTML through libxml2,
// RSS/Atom, JSON Lines), page-furniture removal and metadata. See DESIGN.md §2; built by the ingest issue.
