// The public headers from C++: it compiles, links, and its version agrees.
#include <cstring>
#include <jixiao.h>
#include <jixiao_forms.h>

int main()
{
    jx_error err;
    jx_rules *rules = nullptr;
    if (jx_rules_builtin(&rules, "mof2020", &err) != JX_OK)
        return 1;
    jx_rules_free(rules);
    return std::strcmp(jx_version(), JX_VERSION_STRING) == 0 ? 0 : 1;
}
