/* The public headers alone, under -std=c11 -pedantic -Werror. */
#include <jixiao.h>
#include <jixiao_forms.h>

int jx_header_compiles(void);
int jx_header_compiles(void) { return JX_OK; }
