/* cmd_test.c - placeholder replaced below */
#include "cli.h"
int cmd_test(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return EXIT_USAGE;
}
