#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/* Exported by libcmark-gfm-extensions (table.c) but not declared in its installed headers. */
extern cmark_node_type CMARK_NODE_TABLE;
