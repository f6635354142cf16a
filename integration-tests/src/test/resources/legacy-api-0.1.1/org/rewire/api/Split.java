package org.rewire.api;

/** A part of a dataset. */
public enum Split {
  TRAIN,
  VALIDATION,
  TEST
}
