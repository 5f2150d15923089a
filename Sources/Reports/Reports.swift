// Reports renders a story analysis as JSON, Markdown and a self-contained RTL HTML page.
// See DESIGN.md §2; built by the reports issue.
