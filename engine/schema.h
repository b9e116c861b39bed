/* schema.h - typed reads from node trees (see schema.c). */
#ifndef JX_SCHEMA_H
#define JX_SCHEMA_H

#include "internal.h"

/* Key tables: a canonical key with its aliases, for schema checks and suggestions. */
typedef struct jx_key {
    const char *name;
    const char *aliases[6];
} jx_key;
/* The keys of an indicator file (keys.c): a sheet, its budget block, an indicator, a deduction. */
enum { SK_ORG, SK_PROJECT, SK_YEAR, SK_RULES, SK_BUDGET, SK_INDICATORS, SK_TOTAL, SK_GRADE, SK_N };
enum { BK_UNIT, BK_INITIAL, BK_FULL, BK_EXECUTED, BK_POINTS, BK_RATE, BK_SCORE, BK_REASON, BK_N };
enum {
    IK_ID,
    IK_GROUP,
    IK_LEVEL1,
    IK_LEVEL2,
    IK_NAME,
    IK_OP,
    IK_TARGET,
    IK_UNIT,
    IK_POINTS,
    IK_ACTUAL,
    IK_SCORE,
    IK_DEDUCT,
    IK_REASON,
    IK_N
};
enum { DK_POINTS, DK_REASON, DK_N };
extern const jx_key jx__sheet_keys[SK_N], jx__budget_keys[BK_N], jx__row_keys[IK_N],
    jx__deduct_keys[DK_N];

/* Finds the key's index, or fails with an unknown-key error that suggests the nearest one. */
int jx__match_key(const jx_key *keys, size_t nkeys, const jx_node *key, const char *path,
                  jx_error *err);

/* Checks a node's kind (a null scalar is not text). */
int jx__want(const jx_node *n, jx_node_kind kind, const char *path, jx_error *err);
/* Reads trimmed text; a missing or null node gives "". */
int jx__get_text(const char **out, jx_arena *a, const jx_node *n, const char *path, jx_error *err);
/* Reads a value as people write it; a missing or null node gives JX_V_NONE. */
int jx__get_value(jx_val *v, jx_arena *a, const jx_node *n, const char *path, jx_error *err);
/* The same at the path parent.key (parent when key is NULL), which is built only for an error:
 * a sheet's rows read a dozen values each. */
int jx__get_text_at(const char **out, jx_arena *a, const jx_node *n, const char *parent,
                    const char *key, jx_error *err);
int jx__get_value_at(jx_val *v, jx_arena *a, const jx_node *n, const char *parent, const char *key,
                     jx_error *err);
/* Reads a plain number in micro-units within [lo, hi] with at most `decimals` places; `unit` (may
 * be NULL) is a unit suffix allowed after it ("分"). */
int jx__get_number(int64_t *out, jx_arena *a, const jx_node *n, const char *path, const char *unit,
                   int64_t lo, int64_t hi, int decimals, jx_error *err);
/* parent.key or parent[index] */
void jx__path(char *buf, size_t size, const char *parent, const char *key, long index);

#define JX_PATH_MAX 128

/* Iterates the key/value pairs of a map node. k and v name the loop's variables, so they cannot
 * be parenthesised. */
/* NOLINTBEGIN(bugprone-macro-parentheses) */
#define JX_FOR_PAIRS(map, k, v)                                                                    \
    for (const jx_node *k = (map)->first, *v = k ? k->next : NULL; k && v;                         \
         k = v->next, v = k ? k->next : NULL)
/* NOLINTEND(bugprone-macro-parentheses) */

/* Matches every key of a map against a key table into vals[] (NULL where absent); rejects unknown
 * and duplicate keys. */
int jx__collect(const jx_node **vals, const jx_key *keys, size_t nkeys, const jx_node *map,
                const char *path, jx_error *err);
#endif
