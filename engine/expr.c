/*
 * expr.c - formulas of rule sets: "p * min(1, B / A)", "if(A == 0, p, p * B / A)".
 *
 * A formula is parsed once, when its rule set loads (recursive descent; an unknown name or a syntax
 * error is reported at its offset in the text), and compiled to a small stack program whose depth
 * is known, so evaluation needs no allocation. Values are exact rationals in 128-bit integers: a
 * formula cannot bring binary float error back into a score. Nothing in a formula can reach files,
 * memory or loops: the only jumps go forward (if, and, or).
 */
#include "expr.h"

#include <string.h>

enum {
    OP_CONST,
    OP_VAR,
    OP_ADD,
    OP_SUB,
    OP_MUL,
    OP_DIV,
    OP_NEG,
    OP_LT,
    OP_LE,
    OP_GT,
    OP_GE,
    OP_EQ,
    OP_NE,
    OP_NOT,
    OP_TRUTH,
    OP_MIN,
    OP_MAX,
    OP_ABS,
    OP_CLAMP,
    OP_ROUND,
    OP_ROUNDN,
    OP_FLOOR,
    OP_CEIL,
    OP_JUMP,
    OP_JUMP_FALSE,
    OP_JUMP_FALSE_KEEP,
    OP_JUMP_TRUE_KEEP,
    OP_POP
};

#define MAX_CODE   512
#define MAX_STACK  32
#define MAX_CONSTS 64
#define MAX_DEPTH  32

static const char *const var_names[JX_NVARS] = {"A", "B", "p", "rate", "low", "high"};

/* ---- rationals ----------------------------------------------------------------------------- */

static jx_i128 gcd(jx_i128 a, jx_i128 b)
{
    if (a < 0)
        a = -a;
    while (b) {
        jx_i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

jx_q jx__q(jx_i128 n, jx_i128 d)
{
    if (d < 0) {
        n = -n;
        d = -d;
    }
    jx_i128 g = gcd(n, d);
    if (g > 1) {
        n /= g;
        d /= g;
    }
    return (jx_q){n, d};
}

static jx_i128 q_floor(jx_q a);

bool jx__q_lt(jx_q a, jx_q b)
{
    jx_i128 l, r;
    if (!__builtin_mul_overflow(a.n, b.d, &l) && !__builtin_mul_overflow(b.n, a.d, &r))
        return l < r;
    /* too large to cross-multiply: compare integer parts, then the inverted remainders */
    jx_i128 fa = q_floor(a), fb = q_floor(b);
    if (fa != fb)
        return fa < fb;
    jx_i128 ra = a.n - fa * a.d, rb = b.n - fb * b.d;
    if (ra == 0 || rb == 0)
        return ra == 0 && rb != 0;
    return jx__q_lt((jx_q){b.d, rb}, (jx_q){a.d, ra});
}

/* Checked arithmetic: -1 when a product or sum leaves 128 bits. */
int jx__q_add(jx_q *o, jx_q a, jx_q b, int sign)
{
    jx_i128 l, r, d, n;
    if (__builtin_mul_overflow(a.n, b.d, &l) || __builtin_mul_overflow(b.n, a.d, &r) ||
        __builtin_mul_overflow(a.d, b.d, &d) || __builtin_add_overflow(l, sign * r, &n))
        return -1;
    *o = jx__q(n, d);
    return 0;
}

int jx__q_mul(jx_q *o, jx_q a, jx_q b)
{
    /* cross-reduce first so that products stay small when they can */
    jx_i128 g1 = gcd(a.n, b.d), g2 = gcd(b.n, a.d), n, d;
    if (g1 > 1) {
        a.n /= g1;
        b.d /= g1;
    }
    if (g2 > 1) {
        b.n /= g2;
        a.d /= g2;
    }
    if (__builtin_mul_overflow(a.n, b.n, &n) || __builtin_mul_overflow(a.d, b.d, &d))
        return -1;
    *o = jx__q(n, d);
    return 0;
}

int jx__q_div(jx_q *o, jx_q a, jx_q b)
{
    if (b.n == 0)
        return -1;
    return jx__q_mul(o, a, jx__q(b.d, b.n));
}

static int q_add(jx_q *o, jx_q a, jx_q b, int sign) { return jx__q_add(o, a, b, sign); }
static int q_mul(jx_q *o, jx_q a, jx_q b) { return jx__q_mul(o, a, b); }

static jx_i128 q_floor(jx_q a)
{
    jx_i128 f = a.n / a.d;
    return (a.n % a.d != 0 && a.n < 0) ? f - 1 : f;
}

/* ---- the compiler -------------------------------------------------------------------------- */

typedef struct comp {
    const char *src, *p;
    uint32_t code[MAX_CODE];
    size_t ncode;
    jx_q consts[MAX_CONSTS];
    size_t nconsts;
    int depth, max_depth, nest;
    unsigned uses;
    const char *err_at;
    jx_text why; /* the first failure's; .en is NULL until one */
} comp;

static void skip(comp *c)
{
    while (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r')
        c->p++;
}

static int fail(comp *c, const char *at, jx_text why)
{
    if (!c->why.en) {
        c->err_at = at;
        c->why = why;
    }
    return -1;
}

static int emit(comp *c, int op, uint32_t arg, int stack)
{
    if (c->ncode >= MAX_CODE)
        return fail(c, c->p, JX_TEXT(R_FORMULA_LONG));
    c->code[c->ncode++] = (uint32_t)op | arg << 8;
    c->depth += stack;
    if (c->depth > c->max_depth)
        c->max_depth = c->depth;
    if (c->max_depth > MAX_STACK)
        return fail(c, c->p, JX_TEXT(R_FORMULA_DEEP));
    return 0;
}

static bool word(comp *c, const char *w)
{
    size_t n = strlen(w);
    if (strncmp(c->p, w, n) != 0)
        return false;
    char next = c->p[n];
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '_' ||
        (next >= '0' && next <= '9'))
        return false;
    c->p += n;
    return true;
}

static bool punct(comp *c, const char *s)
{
    size_t n = strlen(s);
    if (strncmp(c->p, s, n) != 0)
        return false;
    c->p += n;
    return true;
}

static int expr(comp *c);

static int patch(comp *c, size_t at)
{
    c->code[at] = (c->code[at] & 0xFF) | (uint32_t)c->ncode << 8;
    return 0;
}

static int call(comp *c, const char *name, const char *at)
{
    static const struct {
        const char *name;
        int op, min, max;
    } funcs[] = {{"min", OP_MIN, 1, 16},    {"max", OP_MAX, 1, 16},    {"abs", OP_ABS, 1, 1},
                 {"clamp", OP_CLAMP, 3, 3}, {"round", OP_ROUND, 1, 2}, {"floor", OP_FLOOR, 1, 1},
                 {"ceil", OP_CEIL, 1, 1},   {"if", -1, 3, 3}};
    int f = -1;
    for (size_t i = 0; i < sizeof funcs / sizeof *funcs; i++)
        if (strcmp(name, funcs[i].name) == 0)
            f = (int)i;
    if (f < 0)
        return fail(c, at, JX_TEXT(R_FUNCTION));
    int args = 0;
    skip(c);
    if (funcs[f].op == -1) { /* if(cond, a, b): only the branch taken is evaluated */
        int bad = expr(c);
        skip(c);
        if (bad || !punct(c, ","))
            return fail(c, c->p, JX_TEXT(R_IF_ARGS));
        size_t jf = c->ncode;
        if (emit(c, OP_JUMP_FALSE, 0, -1) || expr(c))
            return -1;
        skip(c);
        if (!punct(c, ","))
            return fail(c, c->p, JX_TEXT(R_IF_ARGS));
        size_t j = c->ncode;
        if (emit(c, OP_JUMP, 0, -1)) /* the else branch pushes its own value */
            return -1;
        patch(c, jf);
        if (expr(c))
            return -1;
        patch(c, j);
        skip(c);
        return punct(c, ")") ? 0 : fail(c, c->p, JX_TEXT(R_IF_CLOSE));
    }
    if (!punct(c, ")")) {
        for (;;) {
            if (expr(c))
                return -1;
            args++;
            skip(c);
            if (punct(c, ")"))
                break;
            if (!punct(c, ","))
                return fail(c, c->p, JX_TEXT(R_ARGS_SEP));
        }
    }
    if (args < funcs[f].min || args > funcs[f].max)
        return fail(c, at, JX_TEXT(R_ARGS_COUNT));
    int op = funcs[f].op;
    if (op == OP_ROUND && args == 2)
        op = OP_ROUNDN;
    return emit(c, op, (uint32_t)args, 1 - args);
}

static int primary(comp *c)
{
    skip(c);
    const char *at = c->p;
    if (punct(c, "(")) {
        if (expr(c))
            return -1;
        skip(c);
        return punct(c, ")") ? 0 : fail(c, c->p, JX_TEXT(R_CLOSE));
    }
    if ((*c->p >= '0' && *c->p <= '9') || *c->p == '.') {
        int64_t v = 0, place = 0, digits = 0;
        for (; (*c->p >= '0' && *c->p <= '9') || *c->p == '.'; c->p++) {
            if (*c->p == '.') {
                if (place)
                    return fail(c, at, JX_TEXT(R_ONE_POINT));
                place = 1;
                continue;
            }
            if (++digits > 15)
                return fail(c, at, JX_TEXT(R_DIGITS));
            v = v * 10 + (*c->p - '0');
            if (place)
                place *= 10;
        }
        if (c->nconsts >= MAX_CONSTS)
            return fail(c, at, JX_TEXT(R_NUMBERS));
        c->consts[c->nconsts] = jx__q(v, place ? place : 1);
        return emit(c, OP_CONST, (uint32_t)c->nconsts++, 1);
    }
    if ((*c->p >= 'a' && *c->p <= 'z') || (*c->p >= 'A' && *c->p <= 'Z') || *c->p == '_') {
        char name[16];
        size_t n = 0;
        while (((*c->p >= 'a' && *c->p <= 'z') || (*c->p >= 'A' && *c->p <= 'Z') ||
                (*c->p >= '0' && *c->p <= '9') || *c->p == '_')) {
            if (n + 1 >= sizeof name)
                return fail(c, at, JX_TEXT(R_NAME));
            name[n++] = *c->p++;
        }
        name[n] = '\0';
        skip(c);
        if (*c->p == '(') {
            c->p++;
            return call(c, name, at);
        }
        for (int i = 0; i < JX_NVARS; i++) {
            if (strcmp(name, var_names[i]) == 0) {
                c->uses |= 1u << i;
                return emit(c, OP_VAR, (uint32_t)i, 1);
            }
        }
        return fail(c, at, JX_TEXT(R_VARIABLE));
    }
    if (*c->p == '\0')
        return fail(c, at, JX_TEXT(R_FORMULA_END));
    return fail(c, at, JX_TEXT(R_CHARACTER));
}

static int unary(comp *c)
{
    skip(c);
    if (++c->nest > MAX_DEPTH)
        return fail(c, c->p, JX_TEXT(R_FORMULA_DEEP));
    int rc;
    if (punct(c, "-"))
        rc = unary(c) || emit(c, OP_NEG, 0, 0);
    else
        rc = primary(c);
    c->nest--;
    return rc ? -1 : 0;
}

static int term(comp *c)
{
    if (unary(c))
        return -1;
    for (;;) {
        skip(c);
        int op = punct(c, "*") || punct(c, "×")   ? OP_MUL
                 : punct(c, "/") || punct(c, "÷") ? OP_DIV
                                                  : -1;
        if (op < 0)
            return 0;
        if (unary(c) || emit(c, op, 0, -1))
            return -1;
    }
}

static int sum(comp *c)
{
    if (term(c))
        return -1;
    for (;;) {
        skip(c);
        int op = punct(c, "+") ? OP_ADD : punct(c, "-") ? OP_SUB : -1;
        if (op < 0)
            return 0;
        if (term(c) || emit(c, op, 0, -1))
            return -1;
    }
}

static int compare(comp *c)
{
    if (sum(c))
        return -1;
    skip(c);
    int op = punct(c, "<=") || punct(c, "≤")   ? OP_LE
             : punct(c, ">=") || punct(c, "≥") ? OP_GE
             : punct(c, "==")                  ? OP_EQ
             : punct(c, "!=") || punct(c, "≠") ? OP_NE
             : punct(c, "<")                   ? OP_LT
             : punct(c, ">")                   ? OP_GT
             : punct(c, "=")                   ? OP_EQ
                                               : -1;
    if (op < 0)
        return 0;
    return sum(c) || emit(c, op, 0, -1) ? -1 : 0;
}

static int negation(comp *c)
{
    skip(c);
    if (word(c, "not"))
        return negation(c) || emit(c, OP_NOT, 0, 0) ? -1 : 0;
    return compare(c);
}

/* a and b: if a is false, a's 0 is the result; else b's truth. Likewise or. */
static int logic(comp *c, const char *kw, int jump, int (*next)(comp *))
{
    if (next(c))
        return -1;
    for (;;) {
        skip(c);
        if (!word(c, kw))
            return 0;
        size_t j = c->ncode;
        if (emit(c, OP_TRUTH, 0, 0) || emit(c, jump, 0, 0) || emit(c, OP_POP, 0, -1) || next(c) ||
            emit(c, OP_TRUTH, 0, 0))
            return -1;
        patch(c, j + 1);
    }
}

static int conjunction(comp *c) { return logic(c, "and", OP_JUMP_FALSE_KEEP, negation); }
static int expr(comp *c) { return logic(c, "or", OP_JUMP_TRUE_KEEP, conjunction); }

int jx__expr_compile(jx_expr **out, jx_arena *a, const char *text, size_t *at, jx_text *why)
{
    comp *c = jx_arena__alloc(a, sizeof *c); /* scratch: big, so not on the stack */
    *out = NULL;
    if (!c) {
        *why = JX_TEXT(E_NOMEM);
        *at = 0;
        return JX_ENOMEM;
    }
    c->src = c->p = text;
    if (expr(c) == 0) {
        skip(c);
        if (*c->p)
            fail(c, c->p, JX_TEXT(R_AFTER));
    }
    if (c->why.en) {
        *at = (size_t)(c->err_at - text);
        *why = c->why;
        return JX_EVALUE;
    }
    jx_expr *e = jx_arena__alloc(a, sizeof *e);
    uint32_t *code = jx_arena__alloc(a, c->ncode * sizeof *code);
    jx_q *consts = jx_arena__alloc(a, (c->nconsts + 1) * sizeof *consts);
    if (!e || !code || !consts) {
        *why = JX_TEXT(E_NOMEM);
        *at = 0;
        return JX_ENOMEM;
    }
    memcpy(code, c->code, c->ncode * sizeof *code);
    memcpy(consts, c->consts, c->nconsts * sizeof *consts);
    *e = (jx_expr){text, code, c->ncode, consts, c->nconsts, c->uses};
    *out = e;
    return JX_OK;
}

/* ---- evaluation ---------------------------------------------------------------------------- */

int jx__expr_eval(jx_q *out, const jx_expr *e, const jx_q vars[JX_NVARS], jx_text *why)
{
    /* the compiler bounded the program's depth by MAX_STACK and every op finds its operands;
     * the slots start as 0/1 all the same, so that no path can read an undefined rational */
    jx_q st[MAX_STACK + 1];
    for (size_t i = 0; i <= MAX_STACK; i++)
        st[i] = (jx_q){0, 1};
    int sp = 0;
    for (size_t pc = 0; pc < e->ncode; pc++) {
        uint32_t ins = e->code[pc], arg = ins >> 8;
        jx_q x, y;
        switch (ins & 0xFF) {
        case OP_CONST: st[sp++] = e->consts[arg]; break;
        case OP_VAR: st[sp++] = vars[arg]; break;
        case OP_ADD:
        case OP_SUB:
            sp--;
            if (q_add(&st[sp - 1], st[sp - 1], st[sp], (ins & 0xFF) == OP_ADD ? 1 : -1))
                goto overflow;
            break;
        case OP_MUL:
            sp--;
            if (q_mul(&st[sp - 1], st[sp - 1], st[sp]))
                goto overflow;
            break;
        case OP_DIV:
            sp--;
            if (st[sp].n == 0) {
                *why = JX_TEXT(R_DIV_ZERO);
                return JX_EVALUE;
            }
            if (q_mul(&st[sp - 1], st[sp - 1], jx__q(st[sp].d, st[sp].n)))
                goto overflow;
            break;
        case OP_NEG: st[sp - 1].n = -st[sp - 1].n; break;
        case OP_LT:
        case OP_LE:
        case OP_GT:
        case OP_GE:
        case OP_EQ:
        case OP_NE: {
            sp--;
            x = st[sp - 1];
            y = st[sp];
            uint32_t op = ins & 0xFF;
            bool lt = jx__q_lt(x, y), gt = jx__q_lt(y, x); /* reduced: equal when neither */
            bool v = op == OP_LT   ? lt
                     : op == OP_LE ? !gt
                     : op == OP_GT ? gt
                     : op == OP_GE ? !lt
                     : op == OP_EQ ? !lt && !gt
                                   : lt || gt;
            st[sp - 1] = (jx_q){v, 1};
            break;
        }
        case OP_NOT: st[sp - 1] = (jx_q){st[sp - 1].n == 0, 1}; break;
        case OP_TRUTH: st[sp - 1] = (jx_q){st[sp - 1].n != 0, 1}; break;
        case OP_MIN:
        case OP_MAX:
            for (uint32_t k = 1; k < arg; k++) {
                sp--;
                bool less = jx__q_lt(st[sp], st[sp - 1]);
                if (((ins & 0xFF) == OP_MIN) == less)
                    st[sp - 1] = st[sp];
            }
            break;
        case OP_ABS:
            if (st[sp - 1].n < 0)
                st[sp - 1].n = -st[sp - 1].n;
            break;
        case OP_CLAMP:
            sp -= 2;
            x = st[sp - 1];
            if (jx__q_lt(x, st[sp]))
                x = st[sp];
            if (jx__q_lt(st[sp + 1], x))
                x = st[sp + 1];
            st[sp - 1] = x;
            break;
        case OP_ROUND: /* half-up, to an integer */
            x = st[sp - 1];
            st[sp - 1] = (jx_q){q_floor(jx__q(2 * x.n + x.d, 2 * x.d)), 1};
            break;
        case OP_ROUNDN: { /* round(x, n): half-up to n decimals, n in 0..6 */
            sp--;
            y = st[sp];
            if (y.d != 1 || y.n < 0 || y.n > 6) {
                *why = JX_TEXT(R_ROUND_N);
                return JX_EVALUE;
            }
            jx_i128 scale = 1;
            for (int k = 0; k < (int)y.n; k++)
                scale *= 10;
            x = st[sp - 1];
            st[sp - 1] = jx__q(q_floor(jx__q(2 * x.n * scale + x.d, 2 * x.d)), scale);
            break;
        }
        case OP_FLOOR: st[sp - 1] = (jx_q){q_floor(st[sp - 1]), 1}; break;
        case OP_CEIL: st[sp - 1] = (jx_q){-q_floor((jx_q){-st[sp - 1].n, st[sp - 1].d}), 1}; break;
        case OP_JUMP: pc = arg - 1; break;
        case OP_JUMP_FALSE:
            if (st[--sp].n == 0)
                pc = arg - 1;
            break;
        case OP_JUMP_FALSE_KEEP:
            if (st[sp - 1].n == 0)
                pc = arg - 1;
            break;
        case OP_JUMP_TRUE_KEEP:
            if (st[sp - 1].n != 0)
                pc = arg - 1;
            break;
        case OP_POP: sp--; break;
        }
    }
    *out = st[sp - 1];
    return JX_OK;
overflow:
    *why = JX_TEXT(R_FORMULA_LARGE);
    return JX_EVALUE;
}
