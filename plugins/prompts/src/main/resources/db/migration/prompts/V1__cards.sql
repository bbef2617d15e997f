-- CONTRACT SKELETON (storage helper replaces this file): cards, versions, labels (synced) and runs (local).
CREATE TABLE prompts_placeholder_removed_by_storage (id INT);
