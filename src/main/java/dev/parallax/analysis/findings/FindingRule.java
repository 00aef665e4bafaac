package dev.parallax.analysis.findings;

import java.util.List;

/** Turns one kind of table into findings; finds nothing when its table is absent. */
interface FindingRule {
  List<Finding> find(Evidence evidence);
}
