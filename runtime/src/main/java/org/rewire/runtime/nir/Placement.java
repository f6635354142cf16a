package org.rewire.runtime.nir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rewire.api.Layout;
import org.rewire.runtime.IoReasons;
import org.rewire.runtime.UserInputException;

/**
 * Where the neurons of a NIR population sit on a target's layout: neuron {@code j} of the file on
 * layout neuron {@code place[j]}. In order (the default) it is {@code j}; a placement file lists
 * one layout neuron per file neuron, in the file's order: integers separated by white space or
 * commas, {@code #} starting a comment.
 */
public final class Placement {
  private Placement() {}

  /**
   * The in-order placement of {@code neurons} neurons on {@code layout}.
   *
   * @throws UserInputException if the layout has fewer neurons ({@code file} names the graph)
   */
  public static int[] inOrder(Path file, int neurons, Layout layout) {
    if (neurons > layout.neurons()) {
      throw new UserInputException(
          file + ": " + neurons + " neurons do not fit the target's " + layout.neurons());
    }
    int[] place = new int[neurons];
    for (int j = 0; j < neurons; j++) {
      place[j] = j;
    }
    return place;
  }

  /**
   * The placement listed in {@code placementFile} for {@code neurons} neurons on {@code layout}.
   *
   * @throws UserInputException if it cannot be read, holds something other than integers, lists
   *     another number of neurons, a neuron outside the layout or one twice; one line naming the
   *     file and line
   */
  public static int[] read(Path placementFile, int neurons, Layout layout) {
    List<String> lines;
    try {
      lines = Files.readAllLines(placementFile);
    } catch (IOException e) {
      throw IoReasons.unreadable(placementFile, e);
    }
    List<Integer> place = new ArrayList<>();
    int[] lineOf = new int[layout.neurons()];
    java.util.Arrays.fill(lineOf, -1);
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      int hash = line.indexOf('#');
      String body = hash < 0 ? line : line.substring(0, hash);
      for (String token : body.trim().split("[\\s,]+")) {
        if (token.isEmpty()) {
          continue;
        }
        int v;
        try {
          v = Integer.parseInt(token);
        } catch (NumberFormatException e) {
          throw new UserInputException(
              placementFile + ":" + (l + 1) + ": '" + token + "' is not a neuron index");
        }
        if (v < 0 || v >= layout.neurons()) {
          throw new UserInputException(
              placementFile
                  + ":"
                  + (l + 1)
                  + ": neuron "
                  + v
                  + " is outside the target's [0, "
                  + layout.neurons()
                  + ")");
        }
        if (lineOf[v] >= 0) {
          throw new UserInputException(
              placementFile
                  + ":"
                  + (l + 1)
                  + ": neuron "
                  + v
                  + " is already used on line "
                  + lineOf[v]);
        }
        lineOf[v] = l + 1;
        place.add(v);
      }
    }
    if (place.size() != neurons) {
      throw new UserInputException(
          placementFile
              + ": lists "
              + place.size()
              + " neurons; the graph's population has "
              + neurons);
    }
    return place.stream().mapToInt(Integer::intValue).toArray();
  }
}
