#if !__has_include(<libstemmer.h>)
#error "libstemmer.h not found: install Debian's libstemmer-dev (make deps-build)"
#endif
#include <libstemmer.h>
