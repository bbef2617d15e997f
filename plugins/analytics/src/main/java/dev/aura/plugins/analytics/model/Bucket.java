package dev.aura.plugins.analytics.model;

/** The width of one point on the time charts: hours for ranges up to two days, days beyond. */
public enum Bucket { HOUR, DAY }
