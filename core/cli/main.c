/* main.c — paridx's entry point: argv → the subcommand table → cmd_*.  `paridx help [CMD]`
 * and usage errors come from the same table (cli.h).  Exit codes: diag.h; whatever was
 * printed must reach stdout, or the exit is 6.
 * The heap is never given back to the system while paridx runs (glibc's M_TRIM_THRESHOLD): an
 * import or a run allocates and frees the same few kilobytes for every row, and trimming the
 * heap after each free cost one brk call per row.
 * Uses: commands.h, re.h (releasing the compiled validators at exit), report_out.h (the check
 * of stdout), i18n.h (the messages' language, chosen first), glibc's mallopt();
 * PARIDX_VERSION comes from CMake (project version). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "commands.h"
#include "re.h"
#include "report_out.h"
#include "i18n.h"

static const struct cli_cmd *const COMMANDS[] = {&CMD_RUN, &CMD_EXPLAIN, &CMD_IMPORT, &CMD_CHECK,
                                                 &CMD_TEST, &CMD_DIFF, &CMD_SCRIPT,
                                                 &CMD_BACKUP, &CMD_CHECK_DB, &CMD_MIGRATE,
                                                 &CMD_TEMPLATE, &CMD_DEADLINES, &CMD_SUBMIT, &CMD_REMIND,
                                                 &CMD_REPORT, &CMD_REPL, &CMD_EVIDENCE, &CMD_ATTACH,
                                                 &CMD_SURVEY, &CMD_APPRAISE, &CMD_APPRAISALS,
                                                 &CMD_LOG, &CMD_COMPARE};
#define NCOMMANDS (sizeof COMMANDS / sizeof *COMMANDS)

static const struct cli_cmd *find_command(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (!strcmp(COMMANDS[i]->name, name))
            return COMMANDS[i];
    return NULL;
}

static void overview(FILE *out)
{
    fprintf(out, _("paridx %s — Chỉ số cải cách hành chính (PAR Index) scoring\n"),
            PARIDX_VERSION);
    fputs(_("usage: paridx COMMAND [ARGS] [options]\n\ncommands:\n"), out);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(out, "  %-10s %s\n", COMMANDS[i]->name, gettext(COMMANDS[i]->summary));
    fputs(_("\n`paridx help COMMAND` shows a command's options.\n"), out);
    fputs(_("exit codes: 0 ok, 1 findings, 2 usage, 3 rule error, 4 data error, 5 limit hit, "
            "6 system\n"), out);
}

static void write_overview(FILE *out, const void *unused)
{
    (void)unused;
    overview(out);
}

static int help(int argc, char **argv)
{
    if (argc < 1) {
        overview(stdout);
        return PX_OK;
    }
    const struct cli_cmd *cmd = find_command(argv[0]);
    if (!cmd) {
        px_say(_("help: no command '%s'"), argv[0]);
        px_usage(write_overview, NULL);
        return PX_USAGE;
    }
    cli_usage(stdout, cmd);
    return PX_OK;
}

/* The command's exit code, unless its output did not all reach stdout (a full disk, a closed
 * descriptor): then 6, with a message — a writer that failed has given its own already. */
static int output_checked(int rc)
{
    if (rc == PX_SYSTEM || report_out_done(stdout, N_("the output")) == 0)
        return rc;
    return rc == PX_OK || rc == PX_FINDINGS ? PX_SYSTEM : rc;
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        px_usage(write_overview, NULL);
        return PX_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "help") || !strcmp(name, "--help") || !strcmp(name, "-h"))
        return help(argc - 2, argv + 2);
    if (!strcmp(name, "--version")) {
        puts("paridx " PARIDX_VERSION);
        return PX_OK;
    }
    const struct cli_cmd *cmd = find_command(name);
    if (!cmd) {
        px_say(_("unknown command '%s'"), name);
        px_usage(write_overview, NULL);
        return PX_USAGE;
    }
    char **args;
    int nargs;
    int rc = cli_parse(cmd, argc - 2, argv + 2, &args, &nargs);
    if (rc == 0)
        rc = cmd->run(args, nargs);
    free(args);
    return rc;
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    /* Keep freed memory for the next row instead of trimming the heap after every free (the
     * threshold is a size, so the peak stays what paridx itself holds). */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 1 << 20);
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    px_i18n_init();
    int rc = output_checked(dispatch(argc, argv));
    re_shapes_free();
    return rc;
}
