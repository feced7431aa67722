-- Schema version 3: what a million owners need to stay instant at the desk.
--
-- * sort_name: the folded last name, char(1), the folded first name — the owners list's name
--   order with accents and case ignored ("Álvarez" between "Alonso" and "Ávila", not after
--   "Zapata"); char(1) sorts below every letter and space, so the order is by last name first,
--   exactly as two keys would give, and one index serves it.
-- * tags_text: the owner's tags, sorted, separated by spaces — what the list shows and sorts
--   by, kept by triggers on owner_tags instead of a subquery per row.
-- * owner_search: an FTS5 trigram index over the folded name, the email, the tags and the
--   phone numbers, so that "jose", "g-own" or "998123" find every owner containing them
--   through the index instead of reading every row. Triggers keep it current whoever writes.
-- * an index for the churn order (high, medium, low), the one sort key that is an expression.
--
-- The folding is the SQL twin of core/TextFolding, the same as search_name's (schema 2).

ALTER TABLE owners ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
ALTER TABLE owners ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';

UPDATE owners SET sort_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')) || char(1) || lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(first_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')),
    tags_text = coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM owner_tags WHERE owner_id = owners.id ORDER BY tag)), '');

CREATE INDEX owners_sort_name ON owners (sort_name);
CREATE INDEX owners_tags_text ON owners (tags_text);
CREATE INDEX owners_churn_order ON owners ((CASE churn_risk WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END));

-- One statement sets both folded names (schema 2's triggers set only search_name): every
-- owner written costs one extra update, not two.
DROP TRIGGER owners_search_name_insert;
DROP TRIGGER owners_search_name_update;

CREATE TRIGGER owners_folded_names_insert AFTER INSERT ON owners
BEGIN
    UPDATE owners SET search_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name || ' ' || NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')),
        sort_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')) || char(1) || lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')) WHERE id = NEW.id;
END;

CREATE TRIGGER owners_folded_names_update AFTER UPDATE OF first_name, last_name ON owners
BEGIN
    UPDATE owners SET search_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name || ' ' || NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')),
        sort_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')) || char(1) || lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')) WHERE id = NEW.id;
END;

CREATE TRIGGER owner_tags_text_insert AFTER INSERT ON owner_tags
BEGIN
    UPDATE owners SET tags_text = coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM owner_tags WHERE owner_id = NEW.owner_id ORDER BY tag)), '') WHERE id = NEW.owner_id;
END;

CREATE TRIGGER owner_tags_text_delete AFTER DELETE ON owner_tags
BEGIN
    UPDATE owners SET tags_text = coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM owner_tags WHERE owner_id = OLD.owner_id ORDER BY tag)), '') WHERE id = OLD.owner_id;
END;

CREATE TRIGGER owner_tags_text_update AFTER UPDATE ON owner_tags
BEGIN
    UPDATE owners SET tags_text = coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM owner_tags WHERE owner_id = OLD.owner_id ORDER BY tag)), '') WHERE id = OLD.owner_id;
    UPDATE owners SET tags_text = coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM owner_tags WHERE owner_id = NEW.owner_id ORDER BY tag)), '') WHERE id = NEW.owner_id;
END;

CREATE VIRTUAL TABLE owner_search USING fts5 (name, email, tags, phones, tokenize = 'trigram');

INSERT INTO owner_search (rowid, name, email, tags, phones)
    SELECT id, search_name, email, tags_text, phone || ' ' || whatsapp || ' ' || phone_secondary FROM owners;

CREATE TRIGGER owner_search_insert AFTER INSERT ON owners
BEGIN
    INSERT INTO owner_search (rowid, name, email, tags, phones)
        VALUES (NEW.id, lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name || ' ' || NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')), NEW.email, NEW.tags_text, NEW.phone || ' ' || NEW.whatsapp || ' ' || NEW.phone_secondary);
END;

CREATE TRIGGER owner_search_update AFTER UPDATE OF first_name, last_name, email, tags_text, phone, whatsapp, phone_secondary ON owners
BEGIN
    UPDATE owner_search SET name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.first_name || ' ' || NEW.last_name, 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n'), 'à', 'a'), 'è', 'e'), 'ì', 'i'), 'ò', 'o'), 'ù', 'u')), email = NEW.email, tags = NEW.tags_text,
        phones = NEW.phone || ' ' || NEW.whatsapp || ' ' || NEW.phone_secondary WHERE rowid = NEW.id;
END;

CREATE TRIGGER owner_search_delete AFTER DELETE ON owners
BEGIN
    DELETE FROM owner_search WHERE rowid = OLD.id;
END;
