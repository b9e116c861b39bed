/* The public header alone, under -std=c11 -pedantic -Werror. */
#include <jixiao.h>

int jx_header_compiles(void);
int jx_header_compiles(void) { return JX_OK; }
