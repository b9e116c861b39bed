/*
 * cmd_rules.c - `jixiao rules`: list the built-in rule sets, or print one (or a rule file) as YAML.
 */
#include "cli.h"

#include <string.h>

int cmd_rules(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(CLI_UI(H_RULES), stdout);
        return EXIT_DONE;
    }
    if (argc == 1) {
        for (size_t i = 0; jx_builtin_name(i); i++)
            printf("%-16s %s\n", jx_builtin_name(i), jx_builtin_title(i));
        return EXIT_DONE;
    }
    if (strcmp(argv[1], "show") != 0)
        return cli_usage("rules", CLI_M(U_RULES_ARG), argv[1]);
    if (argc != 3)
        return cli_usage("rules", CLI_M(U_RULES_SHOW));
    jx_rules *r;
    if (cli_load_rules(&r, argv[2], NULL) != 0)
        return EXIT_BAD_INPUT;
    fputs(jx_rules_source(r), stdout);
    jx_rules_free(r);
    return EXIT_DONE;
}
