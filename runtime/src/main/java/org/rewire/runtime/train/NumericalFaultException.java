package org.rewire.runtime.train;

/**
 * Training produced a NaN or infinity (in the loss, a gradient or a weight) and stopped, so the
 * state it would have saved is not saved. The message is one line naming the epoch and optimizer
 * step (both from 1, as in {@code metrics.csv}) and, once the training loop adds it, the last good
 * checkpoint. The command line prints it and exits with code 1.
 */
public final class NumericalFaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private NumericalFaultException(String message) {
    super(message);
  }

  /**
   * A fault found during epoch {@code epoch} and step {@code step} (both from 1).
   *
   * @param what what turned non-finite, for example "the loss is NaN"
   */
  static NumericalFaultException at(int epoch, long step, String what) {
    return new NumericalFaultException("epoch " + epoch + ", step " + step + ": " + what);
  }

  /** The same fault with where training stopped and what survived, for example the checkpoint. */
  NumericalFaultException stopped(String survivor) {
    return new NumericalFaultException(getMessage() + "; stopped, " + survivor);
  }
}
