package org.rewire.mosaic;

import java.util.ArrayList;
import java.util.List;
import org.rewire.api.Capacity;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.MappingReport;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

/** Turns routed port loads and chip memory into the api's {@link MappingReport}. */
final class MosaicReport {
  /** The unit of a port's capacity: routed lines. */
  static final String LINES = "lines";

  private MosaicReport() {}

  /**
   * Every port whose load exceeds its tile type's capacity, by element then port. Each blames the
   * synapses of {@code network} whose route passes the port; its load is the number of distinct
   * presynaptic neurons among them (a neuron's multicast tree takes a port once).
   */
  static List<Violation> violations(
      PortLoads loads, MosaicConfig.Capacity capacity, Connectivity network, OneTurnRouter router) {
    TileGrid grid = loads.grid();
    List<Violation> found = new ArrayList<>();
    PortPassages passages = null;
    for (int e = 0; e < grid.elements(); e++) {
      int cap = capacity.of(grid.kind(e));
      for (int p = 0; p < TileGrid.PORTS; p++) {
        int load = loads.load(e, p);
        if (load > cap) {
          if (passages == null) {
            passages = new PortPassages(grid, router);
          }
          boolean[] through = passages.tilePairsThrough(e * TileGrid.PORTS + p);
          int tiles = grid.tiles();
          int size = grid.tileSize();
          found.add(
              Violation.of(
                  grid.name(e),
                  new Capacity(TileGrid.PORT_NAMES.get(p), LINES, load, cap),
                  Violation.LoadUnit.SOURCES,
                  SynapseSet.where(
                      network, (pre, post) -> through[(pre / size) * tiles + post / size])));
        }
      }
    }
    return found;
  }

  /** Whether no port exceeds its capacity (no list built). */
  static boolean mappable(PortLoads loads, MosaicConfig.Capacity capacity) {
    TileGrid grid = loads.grid();
    for (int e = 0; e < grid.elements(); e++) {
      int cap = capacity.of(grid.kind(e));
      for (int p = 0; p < TileGrid.PORTS; p++) {
        if (loads.load(e, p) > cap) {
          return false;
        }
      }
    }
    return true;
  }

  static MappingReport build(
      PortLoads loads,
      ChipMemory memory,
      MosaicConfig.Capacity capacity,
      Connectivity network,
      OneTurnRouter router) {
    TileGrid grid = loads.grid();
    List<ElementUsage> elements = new ArrayList<>(grid.elements());
    for (int e = 0; e < grid.elements(); e++) {
      TileKind kind = grid.kind(e);
      List<Capacity> ports = new ArrayList<>(TileGrid.PORTS);
      for (int p = 0; p < TileGrid.PORTS; p++) {
        ports.add(
            new Capacity(TileGrid.PORT_NAMES.get(p), LINES, loads.load(e, p), capacity.of(kind)));
      }
      elements.add(
          new ElementUsage(
              grid.name(e), kind.name(), grid.gridRow(e), grid.gridCol(e), memory.built(e), ports));
    }
    return new MappingReport(
        MosaicTargetProvider.TYPE,
        grid.neurons(),
        network.synapses(),
        loads.links(),
        memory.total(),
        MappingReport.DEVICES,
        elements,
        violations(loads, capacity, network, router));
  }
}
