// ncursesw shim: wide-character API and the macros/globals Swift cannot import.
// The defines must come before the include, or the wide functions (get_wch,
// mvaddnwstr) are missing and non-ASCII prints as M-CM-) (calcurse #99).
#ifndef BRANCHDESK_CNCURSES_SHIM_H
#define BRANCHDESK_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Swift 6 rejects mutable C globals as not concurrency-safe; read them through functions.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_err(void) { return ERR; }
static inline int shim_ok(void) { return OK; }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_f(int n) { return KEY_F(n); }
static inline int shim_color_pair(int n) { return COLOR_PAIR(n); }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline int shim_getmaxy(void) { return getmaxy(stdscr); }
static inline int shim_getmaxx(void) { return getmaxx(stdscr); }
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

// Added for the TUI terminal: glibc declares wcwidth only under _XOPEN_SOURCE, which the
// Swift importer may not see; redeclaring it is harmless and lets draw() compare our cell
// widths with the ones ncurses will use to advance its cursor.
extern int wcwidth(wchar_t c);
static inline int shim_wcwidth(int c) { return wcwidth((wchar_t)c); }
// attr_set and mvaddnwstr are macros over stdscr; wrap them so the call site stays plain.
static inline int shim_attr_set(attr_t attrs, int pair) { return attr_set(attrs, (short)pair, NULL); }
static inline int shim_mvaddnwstr(int y, int x, const wchar_t *s, int n) { return mvaddnwstr(y, x, s, n); }
static inline int shim_key_up(void) { return KEY_UP; }
static inline int shim_key_down(void) { return KEY_DOWN; }
static inline int shim_key_left(void) { return KEY_LEFT; }
static inline int shim_key_right(void) { return KEY_RIGHT; }
static inline int shim_key_home(void) { return KEY_HOME; }
static inline int shim_key_end(void) { return KEY_END; }
static inline int shim_key_ppage(void) { return KEY_PPAGE; }
static inline int shim_key_npage(void) { return KEY_NPAGE; }
static inline int shim_key_dc(void) { return KEY_DC; }
static inline int shim_key_backspace(void) { return KEY_BACKSPACE; }
static inline int shim_key_btab(void) { return KEY_BTAB; }
static inline int shim_key_enter(void) { return KEY_ENTER; }
static inline int shim_key_f0(void) { return KEY_F0; }
#endif
