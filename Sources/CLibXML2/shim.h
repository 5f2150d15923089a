// The parts of libxml2 that Isnad uses: the HTML parser for pages and the XML parser for feeds.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
