/*
 * cmd_rules.c - `jixiao rules`: list the built-in rule sets, or print one (or a rule file) as YAML.
 */
#include "cli.h"

#include <string.h>

static const char rules_help[] =
    "usage: jixiao rules [show NAME|FILE]\n"
    "\n"
    "Lists the built-in rule sets, or prints one (or a rule file, checked first) as YAML.\n";

int cmd_rules(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(rules_help, stdout);
        return EXIT_DONE;
    }
    if (argc == 1) {
        for (size_t i = 0; jx_builtin_name(i); i++)
            printf("%-16s %s\n", jx_builtin_name(i), jx_builtin_title(i));
        return EXIT_DONE;
    }
    if (strcmp(argv[1], "show") != 0)
        return cli_usage("rules", "unknown argument '%s'", argv[1]);
    if (argc != 3)
        return cli_usage("rules", "show takes one NAME or FILE");
    jx_rules *r;
    if (cli_load_rules(&r, argv[2], NULL) != 0)
        return EXIT_BAD_INPUT;
    fputs(jx_rules_source(r), stdout);
    jx_rules_free(r);
    return EXIT_DONE;
}
