/* replay.c — main() for the fuzz targets in the ordinary build: feeds every file below the
 * folders (or the files) named on the command line to LLVMFuzzerTestOneInput once, so the
 * seed corpora run as regression tests under gcc, ASan+UBSan and valgrind, and a target
 * that no longer compiles is noticed without clang.  Exit 0, or 1 when no input was found
 * or one could not be read (a broken invariant aborts).
 * Uses: POSIX dirent and stat. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Runs the target on one file; 0, or -1 when it cannot be read. */
static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    uint8_t *data = NULL;
    size_t size = 0, cap = 0, n;
    do {
        if (size == cap) {
            uint8_t *bigger = realloc(data, cap = cap ? cap * 2 : 4096);
            if (!bigger)
                break;
            data = bigger;
        }
        n = fread(data + size, 1, cap - size, f);
        size += n;
    } while (n > 0);
    int failed = ferror(f) || size == cap; /* full only when growing failed */
    fclose(f);
    if (!failed)
        LLVMFuzzerTestOneInput(data, size);
    free(data);
    return failed ? -1 : 0;
}

/* Replays path: a file, or every file below a folder (links followed, to a depth of 4, so a
 * corpus may link to the repository's own examples).  Adds to *count; -1 when one cannot
 * be read. */
static int replay_path(const char *path, int depth, size_t *count)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    if (!S_ISDIR(st.st_mode)) {
        if (!S_ISREG(st.st_mode))
            return 0;
        if (replay_file(path) != 0)
            return -1;
        ++*count;
        return 0;
    }
    DIR *d = depth < 4 ? opendir(path) : NULL;
    if (!d)
        return depth < 4 ? -1 : 0;
    int rc = 0;
    for (struct dirent *de; rc == 0 && (de = readdir(d)) != NULL;) {
        char inner[4200];
        snprintf(inner, sizeof inner, "%s/%s", path, de->d_name);
        if (de->d_name[0] != '.' && replay_path(inner, depth + 1, count) != 0) {
            fprintf(stderr, "replay: %s: cannot read\n", inner);
            rc = -1;
        }
    }
    closedir(d);
    return rc;
}

int main(int argc, char **argv)
{
    size_t replayed = 0;
    for (int i = 1; i < argc; i++)
        if (replay_path(argv[i], 0, &replayed) != 0) {
            fprintf(stderr, "replay: %s: cannot read\n", argv[i]);
            return 1;
        }
    printf("replay: %zu inputs\n", replayed);
    return replayed ? 0 : 1;
}
