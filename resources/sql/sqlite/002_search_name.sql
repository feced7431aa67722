-- Schema version 2: a folded copy of the owner's name ("José Peña" → "jose pena") so that the
-- desk's search-as-you-type ignores accents and case without folding 100,000 names per
-- keystroke. Triggers keep it current whoever writes the owner (the program, an import, a
-- future tool); the folding is the SQL twin of core/TextFolding.

ALTER TABLE owners ADD COLUMN search_name TEXT NOT NULL DEFAULT '';

UPDATE owners SET search_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(first_name || ' ' || last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u'));

CREATE TRIGGER owners_search_name_insert AFTER INSERT ON owners
BEGIN
    UPDATE owners SET search_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name || ' ' || NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')) WHERE id = NEW.id;
END;

CREATE TRIGGER owners_search_name_update AFTER UPDATE OF first_name, last_name ON owners
BEGIN
    UPDATE owners SET search_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name || ' ' || NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')) WHERE id = NEW.id;
END;
