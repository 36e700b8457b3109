package id.sinkron;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import id.sinkron.check.Report;
import id.sinkron.dapodik.DapodikFormatException;
import id.sinkron.dapodik.DapodikWebServiceException;
import id.sinkron.model.ImmutableInputProblem;
import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.SchoolSnapshot;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Checks many schools on a caller's executor with at most {@code parallelism} schools in flight. A
 * school counts as "in flight" from the moment its supplier is submitted until the consumer has
 * taken its report and asks for the next one (the window is refilled in {@code hasNext}, not in
 * {@code next}), so at most {@code parallelism} snapshots or reports are alive at once whatever the
 * number of schools.
 */
final class ParallelChecks {
  private ParallelChecks() {}

  /** A school to read and check, with a label for input problems (a dump folder) or none. */
  record Source(Optional<String> label, Supplier<? extends SchoolSnapshot> supplier) {}

  static Stream<Report> stream(
      Checker checker,
      Iterator<Source> input,
      Executor executor,
      int parallelism,
      ReportOrder order) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(order, "order");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
    }
    Window w =
        order == ReportOrder.INPUT
            ? new InputOrder(checker, input, executor, parallelism)
            : new CompletionOrder(checker, input, executor, parallelism);
    Spliterator<Report> split =
        Spliterators.spliteratorUnknownSize(w, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(w::cancel);
  }

  /**
   * Reads and checks one school. A read that fails on its input (see {@link #inputFailure}) becomes
   * a report with an input problem; any other exception is a bug and propagates to the consumer of
   * the reports.
   */
  static Report checkOne(Checker checker, Source s) {
    SchoolSnapshot school;
    try {
      school = Objects.requireNonNull(s.supplier().get(), "the school supplier returned null");
    } catch (RuntimeException e) {
      if (!inputFailure(e)) {
        throw e;
      }
      school = unreadable(s.label(), e);
    }
    return checker.check(school);
  }

  /**
   * Whether {@code e} says the school's input could not be read: a malformed response ({@link
   * DapodikFormatException}), a failed call ({@link DapodikWebServiceException}) or an I/O failure
   * ({@link UncheckedIOException}, or an {@link IOException} wrapped in a plain {@link
   * RuntimeException} or a {@link CompletionException}). Anything else (a null pointer, an illegal
   * state, an assertion) is a bug in the reader or the caller's supplier and must not be reported
   * as an unreadable school.
   */
  static boolean inputFailure(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof DapodikFormatException
          || c instanceof DapodikWebServiceException
          || c instanceof UncheckedIOException
          || c instanceof IOException) {
        return true;
      }
      if (!(c instanceof CompletionException || c.getClass() == RuntimeException.class)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A snapshot that holds no response and one input problem describing why the school could not be
   * read.
   */
  static SchoolSnapshot unreadable(Optional<String> label, RuntimeException e) {
    Throwable cause = e;
    while ((cause instanceof CompletionException
            || cause.getClass() == RuntimeException.class
            || cause instanceof java.io.UncheckedIOException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    boolean missing =
        cause instanceof NoSuchFileException
            || cause instanceof FileNotFoundException
            || (cause instanceof DapodikFormatException f
                && f.reason() == DapodikFormatException.Reason.FOLDER_MISSING);
    ImmutableInputProblem.Builder p =
        ImmutableInputProblem.builder()
            .code(missing ? InputProblemCode.ENDPOINT_MISSING : InputProblemCode.ROW_UNREADABLE)
            .file(label)
            .detail(describe(cause));
    if (cause instanceof DapodikFormatException f) {
      // a sentence for a person, in the report's language: which file, what is wrong, where
      p.reasonKey("input.reason.format." + f.reason().name())
          .addReasonArgs(f.file(), String.valueOf(f.line()), String.valueOf(f.column()));
    } else if (missing) {
      p.reasonKey("input.reason.folder.missing");
    } else {
      p.reasonKey("input.reason.unreadable").addReasonArgs(cause.getClass().getSimpleName());
    }
    return ImmutableSchoolSnapshot.builder()
        .endpoints(java.util.EnumSet.noneOf(id.sinkron.model.Endpoint.class))
        .provenance(ImmutableProvenance.builder().source(label.orElse("api")).build())
        .addInputProblems(p.build())
        .build();
  }

  /**
   * A technical description without personal data: Jackson's messages quote the offending token, so
   * for JSON errors only the location is kept.
   */
  private static String describe(Throwable t) {
    String type = t.getClass().getSimpleName();
    if (t instanceof JsonProcessingException j) {
      JsonLocation loc = j.getLocation();
      return "school could not be read: "
          + type
          + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr());
    }
    String m = t.getMessage();
    return "school could not be read: " + type + (m == null ? "" : ": " + m);
  }

  private abstract static class Window implements Iterator<Report> {
    final Checker checker;
    final Iterator<Source> input;
    final Executor executor;
    final int parallelism;

    Window(Checker checker, Iterator<Source> input, Executor executor, int parallelism) {
      this.checker = checker;
      this.input = input;
      this.executor = executor;
      this.parallelism = parallelism;
    }

    CompletableFuture<Report> submit(Source s) {
      return CompletableFuture.supplyAsync(() -> checkOne(checker, s), executor);
    }

    abstract void cancel();

    static Report join(CompletableFuture<Report> f) {
      try {
        return f.join();
      } catch (CompletionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException r) {
          throw r;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
  }

  /** Reports in input order: a FIFO window of at most {@code parallelism} futures. */
  private static final class InputOrder extends Window {
    private final ArrayDeque<CompletableFuture<Report>> window = new ArrayDeque<>();

    InputOrder(Checker checker, Iterator<Source> input, Executor executor, int parallelism) {
      super(checker, input, executor, parallelism);
    }

    private void fill() {
      while (window.size() < parallelism && input.hasNext()) {
        window.add(submit(input.next()));
      }
    }

    @Override
    public boolean hasNext() {
      fill();
      return !window.isEmpty();
    }

    @Override
    public Report next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CompletableFuture<Report> head = window.poll();
      return join(head);
    }

    @Override
    void cancel() {
      window.forEach(f -> f.cancel(false));
      window.clear();
    }
  }

  /** Reports as they complete: at most {@code parallelism} submitted and not yet consumed. */
  private static final class CompletionOrder extends Window {
    private final BlockingQueue<CompletableFuture<Report>> done = new LinkedBlockingQueue<>();
    private final java.util.Set<CompletableFuture<Report>> pending =
        java.util.concurrent.ConcurrentHashMap.newKeySet();
    private int inFlight;

    CompletionOrder(Checker checker, Iterator<Source> input, Executor executor, int parallelism) {
      super(checker, input, executor, parallelism);
    }

    private void fill() {
      while (inFlight < parallelism && input.hasNext()) {
        CompletableFuture<Report> f = submit(input.next());
        pending.add(f);
        inFlight++;
        f.whenComplete(
            (r, e) -> {
              pending.remove(f);
              done.add(f);
            });
      }
    }

    @Override
    public boolean hasNext() {
      fill();
      return inFlight > 0;
    }

    @Override
    public Report next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CompletableFuture<Report> f;
      try {
        f = done.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while waiting for a report");
      }
      inFlight--;
      return join(f);
    }

    @Override
    void cancel() {
      pending.forEach(f -> f.cancel(false));
    }
  }
}
