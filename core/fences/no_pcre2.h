/* no_pcre2.h — forced into every file but core/input/re.c (-include, see core/CMakeLists.txt):
 * poisons PCRE2's types, so that including <pcre2.h> or compiling a pattern anywhere but re.c
 * fails to compile; everyone else uses re.h.  Provides nothing.  Uses: nothing. */
#pragma GCC poison pcre2_code_8 pcre2_match_data_8 pcre2_match_context_8 \
    pcre2_compile_context_8 pcre2_general_context_8
