// The YAML layer's types (located nodes, source locations, calendar dates) are part of ScoringCore's
// public API: rubric sections carry their configuration as a located node, dates are calendar dates.
@_exported import YAML
