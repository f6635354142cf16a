package org.rewire.mosaic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.api.ElementUsage;
import org.rewire.api.MappingReport;
import org.rewire.api.Violation;

/** Turns routed port loads and chip memory into the api's {@link MappingReport}. */
final class MosaicReport {
  private MosaicReport() {}

  /** Every port whose load exceeds its tile type's capacity, by element then port. */
  static List<Violation> violations(PortLoads loads, MosaicConfig.Capacity capacity) {
    TileGrid grid = loads.grid();
    List<Violation> found = new ArrayList<>();
    for (int e = 0; e < grid.elements(); e++) {
      int cap = capacity.of(grid.kind(e));
      for (int p = 0; p < TileGrid.PORTS; p++) {
        int load = loads.load(e, p);
        if (load > cap) {
          found.add(new Violation(grid.name(e), TileGrid.PORT_NAMES.get(p), load, cap));
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
      PortLoads loads, ChipMemory memory, MosaicConfig.Capacity capacity, long synapses) {
    TileGrid grid = loads.grid();
    List<ElementUsage> elements = new ArrayList<>(grid.elements());
    for (int e = 0; e < grid.elements(); e++) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      for (int p = 0; p < TileGrid.PORTS; p++) {
        ports.put(TileGrid.PORT_NAMES.get(p), loads.load(e, p));
      }
      TileKind kind = grid.kind(e);
      elements.add(
          new ElementUsage(
              grid.name(e),
              kind.name(),
              grid.gridRow(e),
              grid.gridCol(e),
              memory.built(e),
              ports,
              capacity.of(kind)));
    }
    return new MappingReport(
        MosaicTargetProvider.TYPE,
        grid.neurons(),
        synapses,
        loads.links(),
        memory.total(),
        elements,
        violations(loads, capacity));
  }
}
