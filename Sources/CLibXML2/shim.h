// The parts of libxml2 that Isnad uses: the HTML parser for pages and the XML parser for feeds.
//
// Debian builds libxml2 with ICU, and its encoding header then includes the system ICU headers,
// which clash with the ICU that Foundation carries. Isnad decodes text itself and never touches
// libxml2's encoding handlers, so the ICU part of those headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
