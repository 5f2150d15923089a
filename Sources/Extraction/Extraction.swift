// Extraction annotates articles: entities and aliases, time expressions, quantities, quotations and
// claim units, each with its span. See DESIGN.md §2; built by the extraction issue.
