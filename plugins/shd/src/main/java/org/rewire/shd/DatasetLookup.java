package org.rewire.shd;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Finds a dataset by path, group by group, telling a dataset that is not there from one that cannot
 * be reached. jHDF's own {@code getByPath} reports both as a failed lookup; an optional dataset
 * ({@code extra/keys}) whose group fails its checksum would then pass for absent and the file be
 * used without it. jHDF reads a group's members all at once, so a member it cannot read (damaged,
 * or in virtual or external storage) makes the whole group unreadable; the message names that group
 * ({@code /} for the root) since the member cannot be told.
 */
final class DatasetLookup {
  private DatasetLookup() {}

  /**
   * The dataset at {@code path}, or null if it does not exist (a missing group on the way
   * included).
   *
   * @param name the file name shown in messages
   * @param path a relative path such as {@code spikes/times}
   * @throws DataFileException if a group on the way cannot be read, a link on the way leads
   *     nowhere, or the path names a group
   */
  static Dataset find(HdfFile hdf, Path name, String path) {
    Group group = hdf;
    String groupPath = "/";
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length; i++) {
      Node child = child(group, groupPath, parts[i], name);
      if (child == null) {
        return null;
      }
      if (i == parts.length - 1) {
        if (!(child instanceof Dataset d)) {
          throw new DataFileException(name, path, "is a " + child.getType() + ", not a dataset");
        }
        return d;
      }
      if (!(child instanceof Group next)) {
        return null;
      }
      group = next;
      groupPath = String.join("/", Arrays.copyOf(parts, i + 1));
    }
    return null;
  }

  private static Node child(Group group, String groupPath, String member, Path name) {
    Node child;
    try {
      child = group.getChild(member);
    } catch (HdfException e) {
      String why = HdfFailure.describe(e);
      throw new DataFileException(
          name,
          groupPath,
          "the members of this group cannot be read: "
              + (why != null ? why : "the file may be damaged (" + e.getMessage() + ")"),
          e);
    }
    if (child instanceof Link link) {
      try {
        return link.getTarget();
      } catch (HdfException e) {
        throw new DataFileException(
            name,
            groupPath.equals("/") ? member : groupPath + "/" + member,
            "is a link that cannot be followed (" + e.getMessage() + ")",
            e);
      }
    }
    return child;
  }
}
