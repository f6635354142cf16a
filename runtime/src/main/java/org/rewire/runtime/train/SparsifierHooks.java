package org.rewire.runtime.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.Sparsifier;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.plugin.InstalledProvider;

/**
 * A run's sparsifier bound to its network and {@link RunRewiringContext}: every hook of the api
 * ({@code initialize}, {@code penalty}, {@code afterStep}, {@code afterEpoch}, and {@code
 * saveState} / {@code restoreState} of a {@link ResumableSparsifier}) called on the network's
 * sparse view, with anything the plugin throws reported as a {@link ComponentFailureException}
 * naming it and the stage. The caller keeps the api's order and moves the context along.
 */
final class SparsifierHooks {
  private final Experiment experiment;
  private final Sparsifier sparsifier;
  private final InstalledProvider provider;
  private final SpikingNetwork network;
  private final RunRewiringContext context;

  SparsifierHooks(
      Experiment experiment,
      Sparsifier sparsifier,
      SpikingNetwork network,
      RunRewiringContext context) {
    this.experiment = experiment;
    this.sparsifier = sparsifier;
    this.provider = experiment.sparsifier().provider();
    this.network = network;
    this.context = context;
  }

  RunRewiringContext context() {
    return context;
  }

  /**
   * Lets the sparsifier choose the initial synapses. A rule it finds broken ({@link
   * InvalidConfigException}, such as a budget above the synapses the chip allows) is the user's,
   * reported at the sparsifier's key; anything else it throws is the plugin's.
   */
  void initialize() {
    try {
      call("to initialize", () -> sparsifier.initialize(network.sparseView(), context));
    } catch (ComponentFailureException ex) {
      if (ex.getCause() instanceof InvalidConfigException mistake) {
        throw ExperimentAssembly.mistake(experiment, "sparsifier", mistake);
      }
      throw ex;
    }
  }

  /** The sparsifier's penalty on the current weights, its gradient added to the network's. */
  double penalty() {
    try {
      return sparsifier.penalty(network.sparseView(), context);
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, "computing its penalty", e);
    }
  }

  void afterStep() {
    call("after a step", () -> sparsifier.afterStep(network.sparseView(), context));
  }

  /** The end-of-epoch rewiring; returns what the sparsifier reported since the last call. */
  Map<String, Double> afterEpoch() {
    call("after an epoch", () -> sparsifier.afterEpoch(network.sparseView(), context));
    return context.drainReports();
  }

  /** The sparsifier's own state for a checkpoint; null when it cannot save one. */
  byte[] savedState() {
    if (!(sparsifier instanceof ResumableSparsifier resumable)) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    callIo("to save its state", () -> resumable.saveState(new DataOutputStream(bytes)));
    return bytes.toByteArray();
  }

  /**
   * Restores the sparsifier's state from a checkpoint instead of initialising it.
   *
   * @throws UserInputException if the sparsifier cannot resume or the checkpoint holds no state
   * @throws ComponentFailureException if it fails to read its state back, or leaves bytes unread
   */
  void restore(byte[] state) {
    String type = experiment.sparsifier().type();
    if (!(sparsifier instanceof ResumableSparsifier resumable)) {
      throw new UserInputException(
          "sparsifier '"
              + type
              + "' cannot resume from a checkpoint (it does not save its state); start the run"
              + " again with --force");
    }
    if (state == null) {
      throw new UserInputException("the checkpoint holds no state for sparsifier '" + type + "'");
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(state));
    // Checkpoints are checksummed, so state that does not read back is the plugin's fault.
    callIo(
        "to restore its state",
        () -> {
          resumable.restoreState(network.sparseView(), context, in);
          if (in.available() != 0) {
            throw new IOException(in.available() + " bytes of its saved state left unread");
          }
        });
  }

  private void call(String stage, Runnable hook) {
    try {
      hook.run();
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, stage, e);
    }
  }

  /** A hook that reads or writes the sparsifier's state. */
  @FunctionalInterface
  private interface StateHook {
    void run() throws IOException;
  }

  private void callIo(String stage, StateHook hook) {
    call(
        stage,
        () -> {
          try {
            hook.run();
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
  }
}
