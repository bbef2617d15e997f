package dev.aura.plugins.automation.engine;

public enum RunStatus { SUCCEEDED, FAILED, CANCELLED }
