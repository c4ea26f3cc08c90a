/* repl_edit.c — the REPL's line editing on a terminal, through libedit's readline interface:
 * a persistent history ($PARIDX_HISTORY, else $XDG_STATE_HOME/paridx/history, else
 * ~/.local/state/paridx/history) and tab completion of dot-commands, then by the command:
 * unit codes, node codes, fact codes, scenario names and the words a command takes; on a
 * Lua line, the API's names (whatif.<command>, paridx.<module>, the base library).
 * Lines are read through libedit's callback interface from our own poll(), so that a Ctrl-C at
 * the prompt (poll interrupted) drops the line and gives a fresh prompt.
 * Uses: repl.h, libedit (libedit_lazy.h: loaded on first use), POSIX (mkdir, poll). */
#define _GNU_SOURCE /* ppoll */
#include "repl.h"
#include "i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "libedit_lazy.h"

#define HISTORY_LINES 1000

static struct repl *edit;      /* the session completion looks at */
static char history[4096];     /* the history file, "" when there is none */

/* What the word being completed may be. */
enum kind { K_COMMAND, K_UNIT, K_NODE, K_FACT, K_SCENARIO, K_HELP, K_WORD, K_API };
static enum kind kind;
static const char *const *words; /* K_WORD: the words a command takes */

static const char *const API[] = {
    "whatif.total", "whatif.score", "paridx.re", "paridx.date", "paridx.db.query", "paridx.fmt",
    "paridx.fact_types", "paridx.NA", "paridx.data_error", "print", "tostring", "tonumber",
    "pairs", "ipairs", "type", "string", "table", "math", "utf8", NULL};
static const char *const ON_OFF[] = {"on", "off", NULL};
static const char *const MODES[] = {"table", "csv", "json", NULL};

/* The i-th candidate of the kind being completed, or NULL past the last. */
static const char *candidate(size_t i, char *buf, size_t n)
{
    const struct model *m = &edit->ss.rules.model;
    const struct results *now = incr_results(edit->in);
    size_t ncmds = 0;
    while (REPL_CMDS[ncmds].name)
        ncmds++;
    switch (kind) {
    case K_COMMAND:
    case K_HELP:
        if (i >= ncmds)
            return NULL;
        snprintf(buf, n, "%s%s", kind == K_COMMAND ? "." : "", REPL_CMDS[i].name);
        return buf;
    case K_UNIT:
        return i < now->nunits ? now->units[i].code : NULL;
    case K_NODE:
        return i < m->nnodes ? m->nodes[i].code : NULL;
    case K_FACT:
        return i < m->nfacts ? m->facts[i].code : NULL;
    case K_SCENARIO:
        return i < edit->nscen ? edit->scen[i].name : NULL;
    case K_WORD:
        for (size_t k = 0; k <= i; k++)
            if (!words[k])
                return NULL;
        return words[i];
    case K_API:
        if (i < ncmds) {
            snprintf(buf, n, "whatif.%s", REPL_CMDS[i].name);
            return buf;
        }
        for (size_t k = 0; k <= i - ncmds; k++)
            if (!API[k])
                return NULL;
        return API[i - ncmds];
    }
    return NULL;
}

/* libedit's generator: the next candidate starting with text. */
static char *generate(const char *text, int state)
{
    static size_t next;
    if (!state)
        next = 0;
    char buf[128];
    for (const char *c; (c = candidate(next, buf, sizeof buf)) != NULL;) {
        next++;
        if (!strncmp(c, text, strlen(text)))
            return strdup(c);
    }
    return NULL;
}

/* Chooses what the word at `start` of the line completes to. */
static void choose_kind(int start)
{
    const char *line = rl_line_buffer;
    while (*line == ' ' || *line == '\t')
        line++, start--;
    kind = K_API;
    if (line[0] != '.')
        return;
    if (start <= 0) {
        kind = K_COMMAND;
        return;
    }
    size_t len = strcspn(line + 1, " \t");
    const struct repl_cmd *c = REPL_CMDS;
    while (c->name && (strlen(c->name) != len || strncmp(c->name, line + 1, len)))
        c++;
    int before = 0; /* words between the command and the one being completed */
    for (int i = (int)len + 1; i < start; i++)
        before += (line[i] == ' ' || line[i] == '\t') && line[i + 1] != ' ' &&
                  line[i + 1] != '\t' && i + 1 < start;
    static const enum kind BY[] = {K_WORD, K_UNIT, K_NODE, K_FACT, K_SCENARIO, K_WORD};
    if (!c->name || !c->completes || (before > 0 && c->completes != REPL_SCENARIO)) {
        kind = K_WORD;
        words = ON_OFF + 2; /* nothing */
        return;
    }
    kind = BY[c->completes];
    if (kind == K_WORD)
        words = !strcmp(c->name, "timing") ? ON_OFF : !strcmp(c->name, "mode") ? MODES : NULL;
    if (kind == K_WORD && !words)
        kind = K_HELP;
}

static char **complete(const char *text, int start, int end)
{
    (void)end;
    rl_attempted_completion_over = 1; /* never file names */
    choose_kind(start);
    return rl_completion_matches(text, generate);
}

/* Makes the folders above path (a file); quietly gives up. */
static void make_parents(char *path)
{
    for (char *p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
        *p = '\0';
        if (mkdir(path, 0700) != 0 && errno != EEXIST) {
            *p = '/';
            return;
        }
        *p = '/';
    }
}

void repl_edit_open(struct repl *r)
{
    edit = r;
    const char *env = getenv("PARIDX_HISTORY"), *state = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    if (env && *env)
        snprintf(history, sizeof history, "%s", env);
    else if (state && *state)
        snprintf(history, sizeof history, "%s/paridx/history", state);
    else if (home && *home)
        snprintf(history, sizeof history, "%s/.local/state/paridx/history", home);
    rl_readline_name = "paridx";
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters = " \t\n\"'(,=";
    using_history();
    stifle_history(HISTORY_LINES);
    if (history[0]) {
        make_parents(history);
        read_history(history);
    }
}

static char *got;     /* the line libedit handed over, NULL at the end */
static int got_line;  /* whether it did */

static void take_line(char *line)
{
    got = line;
    got_line = 1;
}

/* Ctrl-C is blocked but while poll waits (ppoll), so it is seen either before the wait or by
 * interrupting it, never lost while libedit handles a key (which once left the prompt hanging
 * until the next key). */
char *repl_edit_read(const char *prompt, volatile sig_atomic_t *interrupted)
{
    got = NULL;
    got_line = 0;
    sigset_t sigint, old, waiting;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    sigprocmask(SIG_BLOCK, &sigint, &old);
    waiting = old;
    sigdelset(&waiting, SIGINT);
    rl_callback_handler_install(prompt, take_line);
    while (!got_line) {
        if (*interrupted) { /* Ctrl-C: the line is dropped */
            rl_replace_line("", 0);
            break;
        }
        struct pollfd in = {STDIN_FILENO, POLLIN, 0};
        int n = ppoll(&in, 1, NULL, &waiting);
        if (n < 0 && errno != EINTR)
            break;
        if (n > 0)
            rl_callback_read_char();
    }
    rl_callback_handler_remove();
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (got && got[strspn(got, " \t")])
        add_history(got);
    return got;
}

void repl_edit_close(void)
{
    if (history[0] && write_history(history) != 0)
        px_say(_("cannot write the history file %s"), history);
}
