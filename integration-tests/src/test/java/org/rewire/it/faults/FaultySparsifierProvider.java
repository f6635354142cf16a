package org.rewire.it.faults;

import java.util.List;
import org.rewire.api.BuildContext;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/**
 * {@code type: it-faulty} sparsifier: keeps the network as it is, failing when built or in one of
 * its hooks ({@code create}, {@code initialize}, {@code step}, {@code epoch}).
 */
public final class FaultySparsifierProvider extends FaultyProvider<Sparsifier>
    implements SparsifierProvider<FaultConfig> {
  public FaultySparsifierProvider() {
    super("sparsifier", List.of("create", "initialize", "step", "epoch"));
  }

  @Override
  Sparsifier build(FaultConfig fault, BuildContext context) {
    return new Sparsifier() {
      @Override
      public void initialize(SparseNetwork network, RewiringContext ctx) {
        fault.at("initialize", "sparsifier");
      }

      @Override
      public void afterStep(SparseNetwork network, RewiringContext ctx) {
        fault.at("step", "sparsifier");
      }

      @Override
      public void afterEpoch(SparseNetwork network, RewiringContext ctx) {
        fault.at("epoch", "sparsifier");
      }
    };
  }
}
