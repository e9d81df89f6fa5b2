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

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

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

// A crash (a Swift trap is SIGILL or SIGTRAP; also SIGSEGV, SIGBUS, SIGFPE, SIGABRT) cannot run
// endwin: it is not async-signal-safe. Instead the handler writes bytes prepared in advance —
// leave the alternate screen, show the cursor, keypad and mouse reporting off, attributes off —
// restores the terminal modes saved before curses started, puts back the handler that was there
// before (the Swift runtime's backtracer, or the default) and raises the signal again.
#define LT_CRASH_SIGNAL_COUNT 6
struct lt_crash_state {
  int signals[LT_CRASH_SIGNAL_COUNT];
  int fd;
  char reset[512];
  size_t reset_length;
  struct termios modes;
  int has_modes;
  struct sigaction previous[LT_CRASH_SIGNAL_COUNT];
};

// Swift emits the shim's functions but not its static arrays or structs: the state lives in a
// function-local static instead.
static inline struct lt_crash_state *lt_crash(void) {
  static struct lt_crash_state state = {{SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT}, -1};
  return &state;
}

static inline void lt_crash_append(const char *text) {
  struct lt_crash_state *state = lt_crash();
  if (text == NULL || text == (const char *)-1) return;
  size_t length = strlen(text);
  if (state->reset_length + length >= sizeof(state->reset)) return;
  memcpy(state->reset + state->reset_length, text, length);
  state->reset_length += length;
}

static inline void lt_on_crash(int signo) {
  struct lt_crash_state *state = lt_crash();
  if (state->fd >= 0) {
    if (state->reset_length > 0) {
      ssize_t ignored = write(state->fd, state->reset, state->reset_length);
      (void)ignored;
    }
    if (state->has_modes) tcsetattr(state->fd, TCSANOW, &state->modes);
  }
  for (int i = 0; i < LT_CRASH_SIGNAL_COUNT; i++) {
    if (state->signals[i] == signo) sigaction(signo, &state->previous[i], NULL);
  }
  raise(signo);
}

// Call before newterm with the terminal's descriptor: saves the modes to return to.
static inline void lt_crash_save_modes(int fd) {
  struct lt_crash_state *state = lt_crash();
  state->has_modes = tcgetattr(fd, &state->modes) == 0;
}

// Call after newterm, while its terminal is current: prepares the reset bytes and installs
// the handlers.
static inline void lt_crash_arm(int fd) {
  struct lt_crash_state *state = lt_crash();
  state->reset_length = 0;
  lt_crash_append(tigetstr("sgr0"));
  lt_crash_append(tigetstr("rmkx"));
  lt_crash_append(tigetstr("cnorm"));
  lt_crash_append(tigetstr("rmcup"));
  const char *mouse = tigetstr("kmous");
  if (mouse != NULL && mouse != (const char *)-1) {
    lt_crash_append("\033[?1006l\033[?1003l\033[?1002l\033[?1000l");
  }
  state->fd = fd;
  for (int i = 0; i < LT_CRASH_SIGNAL_COUNT; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = lt_on_crash;
    sigemptyset(&action.sa_mask);
    sigaction(state->signals[i], &action, &state->previous[i]);
  }
}

// Call once curses has ended normally.
static inline void lt_crash_disarm(void) {
  struct lt_crash_state *state = lt_crash();
  if (state->fd < 0) return;
  state->fd = -1;
  for (int i = 0; i < LT_CRASH_SIGNAL_COUNT; i++) sigaction(state->signals[i], &state->previous[i], NULL);
}

// Ctrl-Z. When the browser is one process of several in a job (started from a script), the
// shell takes the terminal back as soon as the first of them stops; a later endwin from the
// main loop would then be a background write, stopped by SIGTTOU, and the browser would stop a
// second time right after `fg`. So the handler itself gives the terminal back at once, with
// the prepared bytes and the saved modes (SIGTTOU ignored meanwhile), stops, and on SIGCONT
// leaves a flag for the main loop to take the terminal again and redraw.
static inline void lt_on_stop(int signo) {
  (void)signo;
  int saved_errno = errno;
  struct lt_crash_state *state = lt_crash();
  if (state->fd >= 0) {
    struct sigaction ignore, previous;
    memset(&ignore, 0, sizeof(ignore));
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGTTOU, &ignore, &previous);
    if (state->reset_length > 0) {
      ssize_t ignored = write(state->fd, state->reset, state->reset_length);
      (void)ignored;
    }
    if (state->has_modes) tcsetattr(state->fd, TCSADRAIN, &state->modes);
    sigaction(SIGTTOU, &previous, NULL);
  }
  struct sigaction stop, mine;
  memset(&stop, 0, sizeof(stop));
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  sigaction(SIGTSTP, &stop, &mine);
  sigset_t tstp;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &tstp, NULL);
  raise(SIGTSTP);  // stopped here until SIGCONT
  sigaction(SIGTSTP, &mine, NULL);
  lt_pending_signal = SIGTSTP;
  errno = saved_errno;
}

static inline void lt_catch_stop(void) {
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = lt_on_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTSTP, &action, NULL);
}

// Back from a stop: the alternate screen again (keypad, mouse and cursor are re-sent by
// toggling them through curses).
// Written to the terminal's own stream: putp would go to stdout, which may be a file.
static inline void lt_enter_ca_mode(FILE *out) {
  const char *enter = tigetstr("smcup");
  if (enter == NULL || enter == (const char *)-1) return;
  fputs(enter, out);
  fflush(out);
}

#endif
