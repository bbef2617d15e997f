-- Deliberately invalid: the store must report which source failed and keep the database usable.
CREATE TABLE broken_things (id UUID PRIMARY KEY);
CREATE TABLE broken_things (id UUID PRIMARY KEY);
