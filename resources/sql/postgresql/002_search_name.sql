-- Schema version 2 (PostgreSQL): a folded copy of the owner's name ("José Peña" → "jose pena")
-- so that the desk's search-as-you-type ignores accents and case without folding 100,000
-- names per keystroke; as sqlite/002_search_name.sql. A trigger keeps it current whoever
-- writes the owner (the program, an import, a future tool).
--
-- name_folded() is the SQL twin of core/TextFolding exactly as SQLite's replace() chain spells
-- it, so both engines store the same bytes: the same nineteen accented letters become plain
-- ASCII (translate() does the chain's replacements at once; each gives an ASCII letter, which
-- no later replacement touches), then lower() under "C" lowers A-Z only, as SQLite's lower()
-- does. Every other character ("Ç", "ã", "Ø") is kept as it is, on both engines.

CREATE FUNCTION name_folded(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(translate(t, 'áéíóúüñÁÉÍÓÚÜÑàèìòù', 'aeiouunaeiouunaeiou') COLLATE "C");

ALTER TABLE owners ADD COLUMN search_name text COLLATE "C" NOT NULL DEFAULT '';

UPDATE owners SET search_name = name_folded(first_name || ' ' || last_name);

-- SQLite's triggers update the row after it is written; a BEFORE trigger sets the value in the
-- row being written, the same result without a second version of the row. UPDATE OF fires, on
-- both engines, when first_name or last_name is in the statement's SET list.
CREATE FUNCTION owners_search_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_name := name_folded(NEW.first_name || ' ' || NEW.last_name);
    RETURN NEW;
END
$$;

CREATE TRIGGER owners_search_name_insert BEFORE INSERT ON owners FOR EACH ROW
EXECUTE FUNCTION owners_search_name();

CREATE TRIGGER owners_search_name_update BEFORE UPDATE OF first_name, last_name ON owners FOR EACH ROW
EXECUTE FUNCTION owners_search_name();
