package org.rewire.mosaic;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code target:} section of type {@code mosaic}: a grid of {@code rows x cols} neuron tiles of
 * {@code tile_size} neurons each, routers between them, and the lines each port can carry. The
 * defaults are the case study of Weber et al. (2024): 5 x 5 tiles of 32 neurons, 32 lines per
 * neuron-tile side, 8 per R0 side, 32 per R1 side (the neuron-tile and R1 capacities follow {@code
 * tile_size} unless set).
 *
 * @param rows tile rows, default 5
 * @param cols tile columns, default 5
 * @param tileSize neurons per tile, default 32
 * @param capacity lines per port, per tile type; unset values are filled in
 * @param inputs how many neurons receive input channels: the first {@code inputs} neurons (default
 *     128, tiles 0 to 3 of the case study)
 * @param outputs how many neurons are read out as class scores: the last {@code outputs} neurons;
 *     {@code null} (default) means the dataset's number of classes, else 20
 * @param memorySizing how the chip's memory total is counted (default {@code homogeneous}, the
 *     paper's rule)
 */
public record MosaicConfig(
    Integer rows,
    Integer cols,
    Integer tileSize,
    Capacity capacity,
    Integer inputs,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer outputs,
    MemorySizing memorySizing) {

  /** Largest number of neurons a chip may have; keeps every count inside an {@code int}. */
  public static final int MAX_NEURONS = 1 << 24;

  /** Largest number of tile rows or columns. */
  public static final int MAX_SIDE = 2048;

  /** Output neurons when neither the config nor the dataset says. */
  public static final int DEFAULT_OUTPUTS = 20;

  public MosaicConfig {
    rows = Require.inRange("rows", Require.orDefault(rows, 5), 1, MAX_SIDE);
    cols = Require.inRange("cols", Require.orDefault(cols, 5), 1, MAX_SIDE);
    tileSize = Require.positive("tile_size", Require.orDefault(tileSize, 32));
    capacity = Require.orDefault(capacity, new Capacity(null, null, null)).withTileSize(tileSize);
    inputs = Require.positive("inputs", Require.orDefault(inputs, 128));
    memorySizing = Require.orDefault(memorySizing, MemorySizing.HOMOGENEOUS);
    long neurons = (long) rows * cols * tileSize;
    if (neurons > MAX_NEURONS) {
      throw new InvalidConfigException(
          "tile_size",
          "rows x cols x tile_size = " + neurons + " neurons; at most " + MAX_NEURONS + " allowed");
    }
    if (inputs > neurons) {
      throw new InvalidConfigException(
          "inputs", "must be at most rows x cols x tile_size = " + neurons + ", got " + inputs);
    }
    if (outputs != null) {
      checkOutputs(Require.positive("outputs", outputs), inputs, (int) neurons);
    }
  }

  /** The case study: every field at its default. */
  public static MosaicConfig defaults() {
    return new MosaicConfig(null, null, null, null, null, null, null);
  }

  /** Neurons on the chip: {@code rows * cols * tile_size}. */
  public int neurons() {
    return rows * cols * tileSize;
  }

  /**
   * Checks that {@code outputs} output neurons fit after the {@code inputs} input neurons: inputs
   * are the first neurons, outputs the last, and they may not overlap.
   *
   * @throws InvalidConfigException naming {@code outputs}
   */
  static void checkOutputs(int outputs, int inputs, int neurons) {
    if (outputs > neurons - inputs) {
      throw new InvalidConfigException(
          "outputs",
          "the last "
              + outputs
              + " neurons would overlap the first "
              + inputs
              + " (inputs) on a chip of "
              + neurons
              + " neurons; at most "
              + (neurons - inputs)
              + " outputs fit");
    }
  }

  /**
   * Lines each port of a tile can carry, per tile type. A neuron tile's output bus carries all its
   * neurons, so the neuron-tile and R1 capacities default to the tile size (32 in the case study);
   * they are filled in when the chip's config is built ({@link #withTileSize}).
   *
   * @param nt a neuron tile's port; default {@code tile_size}
   * @param r0 an R0 router's port (the corner routers); default 8
   * @param r1 an R1 router's port (the routers between two neuron tiles); default {@code tile_size}
   */
  public record Capacity(Integer nt, Integer r0, Integer r1) {
    public Capacity {
      if (nt != null) {
        Require.positive("nt", nt);
      }
      r0 = Require.positive("r0", Require.orDefault(r0, 8));
      if (r1 != null) {
        Require.positive("r1", r1);
      }
    }

    /** This capacity with unset values taken from the tile size. */
    public Capacity withTileSize(int tileSize) {
      return new Capacity(Require.orDefault(nt, tileSize), r0, Require.orDefault(r1, tileSize));
    }

    /**
     * The capacity of a tile of {@code kind}.
     *
     * @throws IllegalStateException if the value still waits for a tile size
     */
    public int of(TileKind kind) {
      Integer value =
          switch (kind) {
            case NT -> nt;
            case R0 -> r0;
            case R1 -> r1;
          };
      if (value == null) {
        throw new IllegalStateException("capacity." + kind + " not resolved; use withTileSize");
      }
      return value;
    }
  }
}
