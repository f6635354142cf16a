package org.rewire.runtime.engine.simd;

/**
 * The engine's hot loop, over a block of {@code lanes} samples stored lane-minor (element {@code
 * (neuron, lane)} at {@code neuron * lanes + lane}). Implementations must give bit-identical
 * results, so the summation order is part of the contract: a row's {@code i}-th active synapse
 * goes, by fused multiply-add, into partial sum {@code i mod P} (each starting from 0; in {@link
 * #rowDotsInto} the first from the value the output holds), with {@code P = } {@link #partials(int)
 * partials(lanes)}, and the result is {@code (p0 + p1) + (p2 + p3)} for {@code P = 4}, {@code p0 +
 * p1} for {@code P = 2}, {@code p0} for {@code P = 1}. About eight independent vector accumulators
 * (lanes / 8 vectors times {@code P} chains) keep both FMA units busy instead of waiting on one
 * chain's latency.
 */
public interface LaneKernels {

  /**
   * The number of partial sums per output for a block of {@code lanes}: {@code 64 / lanes} clamped
   * to {@code [1, 4]} (4 up to 16 lanes, 2 for 32, 1 from 64 on).
   */
  static int partials(int lanes) {
    return Math.max(1, Math.min(4, 64 / lanes));
  }

  /** Name for logs and the {@code rewire.simd} property: {@code scalar} or {@code vector}. */
  String name();

  /**
   * For rows {@code r} in {@code [from, to)} and lanes {@code l}: {@code out[r * lanes + l] = sum_k
   * weight[k] * x[column[k] * lanes + l]} over the row's active slots {@code k} in {@code
   * [rowStart[r], rowStart[r] + rowLength[r])}, accumulated with {@code fma} in slot order.
   */
  void rowDots(
      int from,
      int to,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] x,
      float[] out,
      int lanes);

  /**
   * Carries rows of a product on over more synapses: for each {@code q} in {@code [from, to)} and
   * lane {@code l}, element {@code (row[q], l)} of {@code out} (lane-minor, {@code row[q] * lanes +
   * l}) takes the slots {@code k} in {@code [rowStart[q], rowStart[q] + rowLength[q])} as {@link
   * #rowDots} does, the {@code i}-th by fused multiply-add into partial sum {@code i mod P} ({@code
   * P = } {@link #partials(int) partials(lanes)}), except that partial 0 starts from the value
   * {@code out} holds, the others from 0; the result is {@code (p0 + p1) + (p2 + p3)}, {@code p0 +
   * p1} or {@code p0}. The block-sparse product ({@code BlockWeights}) carries each row's
   * dense-block chain on over the row's other synapses this way.
   */
  void rowDotsInto(
      int from,
      int to,
      int[] row,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] x,
      float[] out,
      int lanes);

  /**
   * {@link EventKernels#scatterRows}, the same values: each row's slots add their weights to {@code
   * out[offset + column[k]]} in slot order, one float addition each. The columns of a row must
   * ascend strictly (as in a {@code SynapseStore}); implementations may then add a run of eight
   * consecutive columns, which sit in eight consecutive slots, as one vector (a Mosaic link to a
   * tile is a run of 32).
   */
  void scatterRows(
      int[] rows,
      int from,
      int to,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int offset);

  /**
   * {@link EventKernels#scatterRowToLanes}, the same values: row {@code r}'s fan-out added to each
   * lane {@code b} of {@code laneMask}, {@code out[b * stride + column[k]] += weight[k]}, one float
   * addition per element and slot; implementations may load a run of eight weights once for all the
   * lanes. {@code laneMask} has bit {@code b} set for lane {@code b} (lanes 0 to 63); {@code out}
   * is lane-major, lane {@code b}'s {@code stride} elements from {@code b * stride} ({@code stride}
   * at least the row's largest column + 1); the row's columns ascend strictly.
   */
  void scatterRowToLanes(
      int r,
      long laneMask,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int stride);

  /**
   * {@link EventKernels#scatterScaledRow}, the same values: {@code out[offset + column[k]] += x *
   * weight[k]} (a product rounded to float, then a float addition) for the slots {@code k} of row
   * {@code r}, whose columns ascend strictly; runs of eight consecutive columns may go as one
   * vector. One input event of count {@code x} into a lane's currents (a Mosaic input channel feeds
   * a core's 32 consecutive neurons).
   */
  void scatterScaledRow(
      int r,
      float x,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int offset);

  /**
   * {@link EventKernels#gatherRow}, the same values: {@code gradient[k] += delta[offset +
   * column[k]]} for the slots {@code k} in {@code [from, to)} of one row, whose columns ascend
   * strictly; runs of eight consecutive columns may go as one vector.
   */
  void gatherRow(int from, int to, int[] column, float[] delta, int offset, float[] gradient);

  /**
   * {@link EventKernels#gatherScaledRow}, the same values: {@code gradient[k] += x * delta[offset +
   * column[k]]} (a product rounded to float, then a float addition, no fused multiply-add) for the
   * slots {@code k} in {@code [from, to)} of one row, whose columns ascend strictly; runs of eight
   * consecutive columns may go as one vector. The input weights' gradient of one input event of
   * count {@code x}, from lane-major deltas.
   */
  void gatherScaledRow(
      int from, int to, int[] column, float x, float[] delta, int offset, float[] gradient);

  /**
   * A dense matrix times a block of lanes: for rows {@code r} in {@code [from, to)} and lanes
   * {@code l}, {@code out[r * lanes + l]} becomes the chain {@code acc = fma(matrix[r * columns +
   * c], x[c * lanes + l], acc)} over {@code c = 0, 1, ..., columns - 1} in that order, starting
   * from {@code out[r * lanes + l]} when {@code accumulate}, else from 0. {@code matrix} is
   * row-major, {@code rows x columns} (only rows {@code [from, to)} are read), {@code x} lane-minor
   * with {@code columns} rows. A zero entry leaves the chain's value as it is (unless it is
   * infinite or NaN, or the value is -0), so for a matrix holding a network's active synapses and
   * zeros elsewhere this is the sum over the active ones; with {@code x} 0 or 1, each step is
   * exactly an addition of the weight or of 0.
   */
  default void denseRowDots(
      int from,
      int to,
      int columns,
      float[] matrix,
      float[] x,
      float[] out,
      int lanes,
      boolean accumulate) {
    denseRowDots(from, to, columns, matrix, from * columns, null, x, out, lanes, accumulate);
  }

  /**
   * {@link #denseRowDots(int, int, int, float[], float[], float[], int, boolean)} on a packed
   * matrix whose columns stand for chosen rows of {@code x}: row {@code r} of the matrix starts at
   * {@code matrixOffset + (r - from) * columns}, and its column {@code c} multiplies row {@code
   * xRow[c]} of {@code x} ({@code c} itself when {@code xRow} is null). Same chain, same order: the
   * block-sparse product ({@code BlockWeights}) gives each row block the dense blocks it has.
   */
  void denseRowDots(
      int from,
      int to,
      int columns,
      float[] matrix,
      int matrixOffset,
      int[] xRow,
      float[] x,
      float[] out,
      int lanes,
      boolean accumulate);

  /**
   * Adds {@code m} stretches of {@code x} to one of {@code y}: for {@code i} in {@code [0, n)},
   * {@code y[yo + i] += x[offset[q] + i]} for {@code q = 0, 1, ..., m - 1} in that order, one float
   * addition each (the sums of {@code m} element-wise additions one after the other). Its
   * implementations keep a run of {@code y} in registers across the {@code m} stretches, so {@code
   * y} is read and written once, not {@code m} times.
   */
  void addRows(float[] x, int[] offset, int m, float[] y, int yo, int n);

  /**
   * The recurrent input of one step, gathered: for every column {@code c} in {@code [0, columns)}
   * and lane {@code l}, {@code out[c * lanes + l] += weight[k] * spike[row[k] * lanes + l]} for the
   * column's slots {@code k} in {@code [columnStart[c], columnStart[c] + columnLength[c])}, one
   * addition per slot in slot order, on the running value of {@code out}. With the slots of each
   * column in ascending row order and spikes 0 or 1, every element receives the same terms in the
   * same order as from the lane-by-lane event scatter over the untransposed matrix ({@link
   * EventKernels#scatterRows}, plus {@code w * 0} for silent lanes), so the two give equal values;
   * this one costs one multiply-add per synapse and lane whatever the firing rate, the other one
   * addition per spike and fan-out.
   */
  void addSpikingColumns(
      int columns,
      int[] columnStart,
      int[] columnLength,
      int[] row,
      float[] weight,
      float[] spike,
      float[] out,
      int lanes);

  /**
   * The spike function of one step: {@code spike[j * lanes + b] = x[j * lanes + b] > threshold ? 1
   * : 0} for neurons {@code j} in {@code [0, neurons)} and lanes {@code b < lanesInUse} (padding
   * lanes are left as they are), and, when {@code masks} is not null, each neuron's spiking lanes
   * as a bit mask: bit {@code b} of {@code masks[j]} is set when lane {@code b} fired.
   *
   * @throws IllegalArgumentException if {@code masks} is not null and {@code lanes > 64}
   */
  void fire(
      float[] x,
      float threshold,
      float[] spike,
      int neurons,
      int lanes,
      int lanesInUse,
      long[] masks);

  /**
   * The fast-sigmoid surrogate derivative (SuperSpike, Zenke and Ganguli 2018) of elements {@code
   * [from, to)}: {@code out[outOffset + k - from] = 1 / (slope * |v[k] - thr| + 1)^2}, in (0, 1],
   * each operation rounded to float in this order (so every implementation gives the same bits).
   */
  void fastSigmoidDerivative(
      float[] v, float thr, float slope, int from, int to, float[] out, int outOffset);

  /**
   * The backward pass's spike feedback through a reset by subtraction: {@code dz[e] = dz[e] - thr *
   * next[e]} for {@code e} in {@code [0, n)}, the product rounded to float, then the difference
   * ({@code next} holding {@code dL/dv_{t+1}}, {@code dz} lane-minor {@code dL/dz_t}).
   */
  void subtractScaled(float[] dz, float thr, float[] next, int n);

  /**
   * The adjoint of a leaky state variable {@code s_t = a s_{t-1} + ...} whose output goes through
   * the surrogate: {@code out[e] = dz[e] * derivative[offset + e] + decay[j] * next[e]} for every
   * element {@code e = j * lanes + b} of neurons {@code j} in {@code [0, neurons)}, both products
   * rounded to float, then their sum ({@code dL/dv_t} of LIF from {@code dL/dz_t}, the recorded
   * {@code f(v_t - thr)} and {@code dL/dv_{t+1}}). {@code out} may be {@code dz} or {@code next}
   * itself (element by element).
   */
  void leakyAdjoint(
      float[] dz,
      float[] derivative,
      int offset,
      float[] decay,
      float[] next,
      float[] out,
      int neurons,
      int lanes);

  /**
   * The adjoint of a current-based synapse {@code i_t = s i_{t-1} + (1 - s) I_t} (CuBa-LIF): for
   * every element {@code e = j * lanes + b} of neurons {@code j} in {@code [0, neurons)}, {@code
   * di[e] = dv[e] + decay[j] * next[e]} ({@code dL/di_t} from {@code dL/dv_t} and {@code
   * dL/di_{t+1}}), then {@code out[e] = (1 - decay[j]) * di[e]} ({@code dL/dI_t}), each operation
   * rounded to float in this order.
   */
  void synapticAdjoint(
      float[] dv, float[] decay, float[] next, float[] di, float[] out, int neurons, int lanes);

  /**
   * ALIF's spike feedback (Bellec et al. 2018; {@code Alif}): through the reset by the adaptive
   * threshold {@code A_t = thr + beta_j b_t} and through the adaptation, {@code dz[e] = (dz[e] -
   * (thr + beta[j] * adaptation[offset + e]) * dvNext[e]) + dbNext[e]} for every element {@code e =
   * j * lanes + l} of neurons {@code j} in {@code [0, neurons)}, each operation rounded to float in
   * this order ({@code adaptation} the record of {@code b_t}, {@code dvNext} and {@code dbNext} the
   * adjoints {@code dL/dv_{t+1}} and {@code dL/db_{t+1}}).
   */
  void alifFeedback(
      float[] dz,
      float thr,
      float[] beta,
      float[] adaptation,
      int offset,
      float[] dvNext,
      float[] dbNext,
      int neurons,
      int lanes);

  /**
   * ALIF's adjoints of step {@code t}: with {@code dx = dz[e] * derivative[offset + e]}, {@code
   * dv[e] = dx + decay[j] * dvNext[e]} and {@code db[e] = rho[j] * dbNext[e] - beta[j] * (dx +
   * spikes[offset + e] * dvNext[e])} for every element {@code e = j * lanes + l} of neurons {@code
   * j} in {@code [0, neurons)}, each operation rounded to float in this order ({@code derivative}
   * and {@code spikes} the records of {@code f(x_t)} and {@code z_t}).
   */
  void alifAdjoint(
      float[] dz,
      float[] derivative,
      float[] spikes,
      int offset,
      float[] decay,
      float[] rho,
      float[] beta,
      float[] dvNext,
      float[] dbNext,
      float[] dv,
      float[] db,
      int neurons,
      int lanes);

  /**
   * The CuBa-LIF state update of one step (snnTorch's {@code Synaptic}): for every element {@code e
   * = j * lanes + b} of neurons {@code j} in {@code [0, neurons)}, first {@code synaptic[e] = i[e]
   * - current[e]} when {@code synaptic} is not null ({@code i_{t-1} - I_t}, the learned synaptic
   * decay's record), then {@code i[e] = decaySyn[j] * i[e] + (1 - decaySyn[j]) * current[e]} and
   * {@code v[e] = (decayMem[j] * v[e] + i[e]) - thr * spike[e]}, each operation rounded to float in
   * this order; {@code spike} holds the previous step's spikes (0 or 1).
   */
  void cubaMembrane(
      float[] i,
      float[] v,
      float[] decayMem,
      float[] decaySyn,
      float[] current,
      float[] spike,
      float thr,
      float[] synaptic,
      int neurons,
      int lanes);

  /**
   * The ALIF state update of one step (Bellec et al. 2018; {@code Alif}): for every element {@code
   * e = j * lanes + l} of neurons {@code j} in {@code [0, neurons)}, with {@code z = spike[e]} the
   * previous step's spike, {@code v[e] = (decay[j] * v[e] + current[e]) - (thr + beta[j] * b[e]) *
   * z}, then {@code b[e] = rho[j] * b[e] + z} and {@code x[e] = v[e] - (thr + beta[j] * b[e])} (the
   * distance to the adaptive threshold the spike function and surrogate take), each operation
   * rounded to float in this order.
   */
  void alifMembrane(
      float[] v,
      float[] b,
      float[] x,
      float[] decay,
      float[] rho,
      float[] beta,
      float[] current,
      float[] spike,
      float thr,
      int neurons,
      int lanes);

  /**
   * The LIF membrane update of one step (Gerstner et al., Neuronal Dynamics, 2014, eq. 1.5, with
   * the reset by subtraction of snnTorch's {@code Leaky}): {@code v[e] = (decay[j] * v[e] +
   * current[e]) - thr * spike[e]} for every element {@code e = j * lanes + b} of neurons {@code j}
   * in {@code [0, neurons)}, each operation rounded to float in this order; {@code spike} holds the
   * previous step's spikes (0 or 1).
   */
  void lifMembrane(
      float[] v, float[] decay, float[] current, float[] spike, float thr, int neurons, int lanes);
}
