/* fuzz_file.c — inputs as text, and a scratch folder per fuzzing process for inputs as files
 * (see fuzz_file.h).
 * The folder goes in $TMPDIR, else /dev/shm (memory: a file written per input costs
 * microseconds there, milliseconds on a disk), else /tmp, and is removed when the fuzzer
 * exits normally (libFuzzer keeps a crashing input itself, as crash-<sha1>).
 * Uses: POSIX; PARIDX_SOURCE_DIR (the repository, from tests/fuzz/CMakeLists.txt). */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, symlink */
#include "fuzz_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char folder[4096];
static const char *written[8]; /* the names written in it, for the clean-up */
static size_t nwritten;

static void remove_in_folder(const char *name)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", folder, name);
    unlink(path);
}

static void clean_up(void)
{
    for (size_t i = 0; i < nwritten; i++)
        remove_in_folder(written[i]);
    remove_in_folder("lib");
    rmdir(folder);
}

static void make_folder(void)
{
    const char *tmp = getenv("TMPDIR");
    struct stat st;
    if (!tmp || !*tmp)
        tmp = stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) ? "/dev/shm" : "/tmp";
    snprintf(folder, sizeof folder, "%s/paridx-fuzz-XXXXXX", tmp);
    if (!mkdtemp(folder))
        abort();
    char lib[4200];
    snprintf(lib, sizeof lib, "%s/lib", folder);
    if (symlink(PARIDX_SOURCE_DIR "/rules/lib", lib) != 0 || atexit(clean_up) != 0)
        abort();
}

char *fuzz_text(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (text) {
        memcpy(text, data, size);
        text[size] = '\0';
    }
    return text;
}

const char *fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    static char path[4200];
    if (!folder[0])
        make_folder();
    size_t i = 0;
    while (i < nwritten && strcmp(written[i], name) != 0)
        i++;
    if (i == nwritten && nwritten < sizeof written / sizeof *written)
        written[nwritten++] = name;
    snprintf(path, sizeof path, "%s/%s", folder, name);
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
        abort();
    return path;
}
