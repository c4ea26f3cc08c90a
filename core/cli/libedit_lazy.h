/* libedit_lazy.h — libedit's readline functions and variables that the REPL uses at a
 * terminal, loaded with the library (and libtinfo, libbsd, libmd) the first time it edits a
 * line (lazylib.h says why): include it instead of <editline/readline.h>.  Each name below
 * stands for the library's function or variable through the table that libedit_lazy.c
 * fills; one not listed is not linked, so using it fails the build.
 * Provides struct libedit_api, libedit_api() and a macro per name.
 * Uses: editline/readline.h (the declarations). */
#ifndef PARIDX_LIBEDIT_LAZY_H
#define PARIDX_LIBEDIT_LAZY_H

#include <stdio.h> /* editline/readline.h needs FILE */

#include <editline/readline.h>

#define LIBEDIT_NAMES(X)                                                                         \
    X(using_history) X(stifle_history) X(read_history) X(write_history) X(add_history)           \
    X(rl_callback_handler_install) X(rl_callback_handler_remove) X(rl_callback_read_char)        \
    X(rl_replace_line) X(rl_completion_matches) X(rl_readline_name) X(rl_line_buffer)            \
    X(rl_basic_word_break_characters) X(rl_attempted_completion_function)                      \
    X(rl_attempted_completion_over)

/* One pointer per name: to a function of its own type, or to the variable. */
struct libedit_api {
#define LIBEDIT_FIELD(f) __typeof__(f) *f;
    LIBEDIT_NAMES(LIBEDIT_FIELD)
#undef LIBEDIT_FIELD
};

/* The table, the library loaded on the first call (paridx ends with a message when it
 * cannot be: lazylib_need). */
const struct libedit_api *libedit_api(void);

#ifndef LIBEDIT_LAZY_TABLE /* libedit_lazy.c names the fields themselves */
#define using_history (libedit_api()->using_history)
#define stifle_history (libedit_api()->stifle_history)
#define read_history (libedit_api()->read_history)
#define write_history (libedit_api()->write_history)
#define add_history (libedit_api()->add_history)
#define rl_callback_handler_install (libedit_api()->rl_callback_handler_install)
#define rl_callback_handler_remove (libedit_api()->rl_callback_handler_remove)
#define rl_callback_read_char (libedit_api()->rl_callback_read_char)
#define rl_replace_line (libedit_api()->rl_replace_line)
#define rl_completion_matches (libedit_api()->rl_completion_matches)
#define rl_readline_name (*libedit_api()->rl_readline_name)
#define rl_line_buffer (*libedit_api()->rl_line_buffer)
#define rl_basic_word_break_characters (*libedit_api()->rl_basic_word_break_characters)
#define rl_attempted_completion_function (*libedit_api()->rl_attempted_completion_function)
#define rl_attempted_completion_over (*libedit_api()->rl_attempted_completion_over)
#endif

#endif
