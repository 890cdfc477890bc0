/* The floor (issue 20): parse every scorecard (*.yaml) under a folder with LibYAML's event parser and do
 * nothing else: no tree, no decoding, no checks. One core. Prints the number of files and events.
 *
 *   cc -O2 -o parse-only parse-only.c $(pkg-config --cflags --libs yaml-0.1)
 *   ./parse-only STORE
 */
#define _GNU_SOURCE
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned long files = 0, events = 0, failures = 0;

static int visit(const char *path, const struct stat *info, int kind, struct FTW *ftw) {
    (void)info;
    const char *name = path + ftw->base;
    if (name[0] == '.' && strcmp(name, ".") != 0) return kind == FTW_D ? FTW_SKIP_SUBTREE : 0;
    size_t length = strlen(name);
    if (kind != FTW_F || length < 5 || strcmp(name + length - 5, ".yaml") != 0) return 0;
    FILE *file = fopen(path, "rb");
    if (!file) { failures++; return 0; }
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, file);
    int done = 0;
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) { failures++; break; }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
    }
    yaml_parser_delete(&parser);
    fclose(file);
    files++;
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: parse-only STORE\n"); return 2; }
    if (nftw(argv[1], visit, 64, FTW_PHYS | FTW_ACTIONRETVAL) != 0) { perror(argv[1]); return 1; }
    printf("%lu files, %lu events, %lu failures\n", files, events, failures);
    return failures ? 1 : 0;
}
