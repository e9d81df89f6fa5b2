// Wide-character ncurses for Swift. SwiftPM drops the .pc file's cflags, so the feature macros
// that declare get_wch, mvaddnwstr and cchar_t are set here. Swift 6 cannot read the C globals
// (stdscr, LINES, COLS) nor import function-like macros (A_BOLD, KEY_F, mouse masks): each has
// a small inline wrapper below.
#ifndef LIVERTRIALS_CNCURSESW_SHIM_H
#define LIVERTRIALS_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t);

static inline WINDOW *lt_stdscr(void) { return stdscr; }
static inline int lt_lines(void) { return LINES; }
static inline int lt_cols(void) { return COLS; }

static inline attr_t lt_a_normal(void) { return A_NORMAL; }
static inline attr_t lt_a_bold(void) { return A_BOLD; }
static inline attr_t lt_a_reverse(void) { return A_REVERSE; }
static inline attr_t lt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lt_a_dim(void) { return A_DIM; }
static inline attr_t lt_color_pair(int n) { return COLOR_PAIR(n); }
static inline int lt_key_f(int n) { return KEY_F(n); }

static inline mmask_t lt_mouse_mask_wanted(void) {
  return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
         | BUTTON5_PRESSED
#endif
      ;
}
static inline int lt_mouse_is_click(mmask_t state) {
  return (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0;
}
static inline int lt_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int lt_mouse_is_wheel_down(mmask_t state) {
#ifdef BUTTON5_PRESSED
  return (state & BUTTON5_PRESSED) != 0;
#else
  return 0;
#endif
}

// Signals only set a flag; the input loop polls it between keys and does the real work
// (endwin, re-raise, redraw) outside the handler.
static volatile sig_atomic_t lt_pending_signal = 0;
static inline void lt_on_signal(int signo) { lt_pending_signal = signo; }
static inline int lt_take_signal(void) {
  int s = lt_pending_signal;
  lt_pending_signal = 0;
  return s;
}
static inline void lt_catch_signal(int signo) {
  struct sigaction action;
  action.sa_handler = lt_on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(signo, &action, NULL);
}
static inline void lt_default_signal(int signo) { signal(signo, SIG_DFL); }

#endif
