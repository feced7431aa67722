-- Schema version 3 (PostgreSQL): what a million owners need to stay instant at the desk; as
-- sqlite/003_list_at_scale.sql.
--
-- * sort_name: the folded last name, chr(1), the folded first name — the owners list's name
--   order with accents and case ignored ("Álvarez" between "Alonso" and "Ávila", not after
--   "Zapata"); chr(1) sorts below every letter and space, so the order is by last name first,
--   exactly as two keys would give, and one index serves it. Under "C" the order is the bytes'.
-- * tags_text: the owner's tags, sorted by their bytes, separated by spaces — what the list
--   shows and sorts by, kept by a trigger on owner_tags instead of a subquery per row.
-- * owner_search: SQLite's FTS5 trigram index becomes a plain table of the same four texts with
--   a pg_trgm GIN index on each, so that "jose", "g-own" or "998123" find every owner containing
--   them through an index instead of reading every row (a LIKE '%term%' of three characters or
--   more; the dialect's ownerSearchIds()). Triggers keep it current whoever writes; deleting an
--   owner deletes its row through the foreign key.
-- * an index for the churn order (high, medium, low), the one sort key that is an expression.
--
-- The folding of the names is name_folded() (schema 2), the same as SQLite's.

-- pg_trgm is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- FTS5's trigram tokenizer matches without regard to case: it folds the text it indexes and
-- the phrase it is asked for with SQLite's own case table, much like Unicode's simple case
-- folding ("Ç" → "ç", "Ł" → "ł", "И" → "и", "Σ" and "ς" → "σ"), not only A-Z. owner_search
-- stores its columns folded by that same table and ownerSearchIds() folds the term by it, so a
-- plain LIKE finds exactly the owners FTS5 finds. The table is every code point SQLite 3.40 folds to another,
-- read from the tokenizer itself: index each code point c as the text c c c in an FTS5 trigram
-- table and list its fts5vocab 'instance' terms; the one trigram of row c is three times the
-- fold of c: 1,031 non-ASCII code points, among them U+FFFE and U+FFFF, which SQLite's UTF-8
-- reader takes as U+FFFD (written with chr(): a raw U+FFFE reads as a byte-swapped BOM);
-- lower() under "C" does A-Z. Each line of the second list holds what the same line of the
-- first becomes. Text that is all ASCII, nearly every name once folded and nearly every email,
-- takes the short way.
CREATE FUNCTION owner_search_folded(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN octet_length(t) = length(t) THEN lower(t COLLATE "C")
        ELSE translate(lower(t COLLATE "C"),
            'µÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ'  -- from U+00B5
            'ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊ'  -- from U+0100
            'ŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽſƁƂƄƆƇƉƊƋƎ'  -- from U+014C
            'ƏƐƑƓƔƖƗƘƜƝƟƠƢƤƦƧƩƬƮƯƱƲƳƵƷƸƼǄǅǇǈǊǋǍǏǑ'  -- from U+018F
            'ǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǲǴǶǷǸǺǼǾ'  -- from U+01D3
            'ȀȂȄȆȈȊȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺȻȽȾɁɃɄɅɆɈ'  -- from U+0200
            'ɊɌɎ'  -- from U+024A
            'ͅͰͲͶΆΈΉΊΌΎΏΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪ'  -- from U+0345
            'ΫςϏϐϑϕϖϘϚϜϞϠϢϤϦϨϪϬϮϰϱϴϵϷϹϺϽϾϿ'  -- from U+03AB
            'ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУ'  -- from U+0400
            'ФХЦЧШЩЪЫЬЭЮЯѠѢѤѦѨѪѬѮѰѲѴѶѸѺѼѾҀҊҌҎҐҒҔҖ'  -- from U+0424
            'ҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӁӃӅӇӉӋӍӐӒӔӖӘӚӜӞ'  -- from U+0498
            'ӠӢӤӦӨӪӬӮӰӲӴӶӸӺӼӾ'  -- from U+04E0
            'ԀԂԄԆԈԊԌԎԐԒԔԖԘԚԜԞԠԢԤԦԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀ'  -- from U+0500
            'ՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ'  -- from U+0541
            'ႠႡႢႣႤႥႦႧႨႩႪႫႬႭႮႯႰႱႲႳႴႵႶႷႸႹႺႻႼႽႾႿჀჁჂჃ'  -- from U+10A0
            'ჄჅჇჍ'  -- from U+10C4
            'ḀḂḄḆḈḊḌḎḐḒḔḖḘḚḜḞḠḢḤḦḨḪḬḮḰḲḴḶḸḺḼḾṀṂṄṆ'  -- from U+1E00
            'ṈṊṌṎṐṒṔṖṘṚṜṞṠṢṤṦṨṪṬṮṰṲṴṶṸṺṼṾẀẂẄẆẈẊẌẎ'  -- from U+1E48
            'ẐẒẔẛẞẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜ'  -- from U+1E90
            'ỞỠỢỤỦỨỪỬỮỰỲỴỶỸỺỼỾ'  -- from U+1EDE
            'ἈἉἊἋἌἍἎἏἘἙἚἛἜἝἨἩἪἫἬἭἮἯἸἹἺἻἼἽἾἿὈὉὊὋὌὍ'  -- from U+1F08
            'ὙὛὝὟὨὩὪὫὬὭὮὯᾈᾉᾊᾋᾌᾍᾎᾏᾘᾙᾚᾛᾜᾝᾞᾟᾨᾩᾪᾫᾬᾭᾮᾯ'  -- from U+1F59
            'ᾸᾹᾺΆᾼιῈΈῊΉῌῘῙῚΊῨῩῪΎῬῸΌῺΏῼ'  -- from U+1FB8
            'ΩKÅℲⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯↃ'  -- from U+2126
            'ⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃⓄⓅⓆⓇⓈⓉⓊⓋⓌⓍⓎⓏ'  -- from U+24B6
            'ⰀⰁⰂⰃⰄⰅⰆⰇⰈⰉⰊⰋⰌⰍⰎⰏⰐⰑⰒⰓⰔⰕⰖⰗⰘⰙⰚⰛⰜⰝⰞⰟⰠⰡⰢⰣ'  -- from U+2C00
            'ⰤⰥⰦⰧⰨⰩⰪⰫⰬⰭⰮⱠⱢⱣⱤⱧⱩⱫⱭⱮⱯⱰⱲⱵⱾⱿⲀⲂⲄⲆⲈⲊⲌⲎⲐⲒ'  -- from U+2C24
            'ⲔⲖⲘⲚⲜⲞⲠⲢⲤⲦⲨⲪⲬⲮⲰⲲⲴⲶⲸⲺⲼⲾⳀⳂⳄⳆⳈⳊⳌⳎⳐⳒⳔⳖⳘⳚ'  -- from U+2C94
            'ⳜⳞⳠⳢⳫⳭⳲ'  -- from U+2CDC
            'ꙀꙂꙄꙆꙈꙊꙌꙎꙐꙒꙔꙖꙘꙚꙜꙞꙠꙢꙤꙦꙨꙪꙬꚀꚂꚄꚆꚈꚊꚌꚎꚐꚒꚔꚖ'  -- from U+A640
            'ꜢꜤꜦꜨꜪꜬꜮꜲꜴꜶꜸꜺꜼꜾꝀꝂꝄꝆꝈꝊꝌꝎꝐꝒꝔꝖꝘꝚꝜꝞꝠꝢꝤꝦꝨꝪ'  -- from U+A722
            'ꝬꝮꝹꝻꝽꝾꞀꞂꞄꞆꞋꞍꞐꞒꞠꞢꞤꞦꞨꞪ'  -- from U+A76C
            'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ'  -- from U+FF21
            '𐐀𐐁𐐂𐐃𐐄𐐅𐐆𐐇𐐈𐐉𐐊𐐋𐐌𐐍𐐎𐐏𐐐𐐑𐐒𐐓𐐔𐐕𐐖𐐗𐐘𐐙𐐚𐐛𐐜𐐝𐐞𐐟𐐠𐐡𐐢𐐣'  -- from U+10400
            '𐐤𐐥𐐦𐐧'  -- from U+10424
            || chr(65534) || chr(65535),
            'μàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ'  -- from U+00B5
            'āăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋ'  -- from U+0100
            'ōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżžsɓƃƅɔƈɖɗƌǝ'  -- from U+014C
            'əɛƒɠɣɩɨƙɯɲɵơƣƥʀƨʃƭʈưʊʋƴƶʒƹƽǆǆǉǉǌǌǎǐǒ'  -- from U+018F
            'ǔǖǘǚǜǟǡǣǥǧǩǫǭǯǳǳǵƕƿǹǻǽǿ'  -- from U+01D3
            'ȁȃȅȇȉȋȍȏȑȓȕȗșțȝȟƞȣȥȧȩȫȭȯȱȳⱥȼƚⱦɂƀʉʌɇɉ'  -- from U+0200
            'ɋɍɏ'  -- from U+024A
            'ιͱͳͷάέήίόύώαβγδεζηθικλμνξοπρστυφχψωϊ'  -- from U+0345
            'ϋσϗβθφπϙϛϝϟϡϣϥϧϩϫϭϯκρθεϸϲϻͻͼͽ'  -- from U+03AB
            'ѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрсту'  -- from U+0400
            'фхцчшщъыьэюяѡѣѥѧѩѫѭѯѱѳѵѷѹѻѽѿҁҋҍҏґғҕҗ'  -- from U+0424
            'ҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӏӂӄӆӈӊӌӎӑӓӕӗәӛӝӟ'  -- from U+0498
            'ӡӣӥӧөӫӭӯӱӳӵӷӹӻӽӿ'  -- from U+04E0
            'ԁԃԅԇԉԋԍԏԑԓԕԗԙԛԝԟԡԣԥԧաբգդեզէըթժիլխծկհ'  -- from U+0500
            'ձղճմյնշոչպջռսվտրցւփքօֆ'  -- from U+0541
            'ⴀⴁⴂⴃⴄⴅⴆⴇⴈⴉⴊⴋⴌⴍⴎⴏⴐⴑⴒⴓⴔⴕⴖⴗⴘⴙⴚⴛⴜⴝⴞⴟⴠⴡⴢⴣ'  -- from U+10A0
            'ⴤⴥⴧⴭ'  -- from U+10C4
            'ḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇ'  -- from U+1E00
            'ṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏ'  -- from U+1E48
            'ẑẓẕṡßạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờ'  -- from U+1E90
            'ởỡợụủứừửữựỳỵỷỹỻỽỿ'  -- from U+1EDE
            'ἀἁἂἃἄἅἆἇἐἑἒἓἔἕἠἡἢἣἤἥἦἧἰἱἲἳἴἵἶἷὀὁὂὃὄὅ'  -- from U+1F08
            'ὑὓὕὗὠὡὢὣὤὥὦὧᾀᾁᾂᾃᾄᾅᾆᾇᾐᾑᾒᾓᾔᾕᾖᾗᾠᾡᾢᾣᾤᾥᾦᾧ'  -- from U+1F59
            'ᾰᾱὰάᾳιὲέὴήῃῐῑὶίῠῡὺύῥὸόὼώῳ'  -- from U+1FB8
            'ωkåⅎⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻⅼⅽⅾⅿↄ'  -- from U+2126
            'ⓐⓑⓒⓓⓔⓕⓖⓗⓘⓙⓚⓛⓜⓝⓞⓟⓠⓡⓢⓣⓤⓥⓦⓧⓨⓩ'  -- from U+24B6
            'ⰰⰱⰲⰳⰴⰵⰶⰷⰸⰹⰺⰻⰼⰽⰾⰿⱀⱁⱂⱃⱄⱅⱆⱇⱈⱉⱊⱋⱌⱍⱎⱏⱐⱑⱒⱓ'  -- from U+2C00
            'ⱔⱕⱖⱗⱘⱙⱚⱛⱜⱝⱞⱡɫᵽɽⱨⱪⱬɑɱɐɒⱳⱶȿɀⲁⲃⲅⲇⲉⲋⲍⲏⲑⲓ'  -- from U+2C24
            'ⲕⲗⲙⲛⲝⲟⲡⲣⲥⲧⲩⲫⲭⲯⲱⲳⲵⲷⲹⲻⲽⲿⳁⳃⳅⳇⳉⳋⳍⳏⳑⳓⳕⳗⳙⳛ'  -- from U+2C94
            'ⳝⳟⳡⳣⳬⳮⳳ'  -- from U+2CDC
            'ꙁꙃꙅꙇꙉꙋꙍꙏꙑꙓꙕꙗꙙꙛꙝꙟꙡꙣꙥꙧꙩꙫꙭꚁꚃꚅꚇꚉꚋꚍꚏꚑꚓꚕꚗ'  -- from U+A640
            'ꜣꜥꜧꜩꜫꜭꜯꜳꜵꜷꜹꜻꜽꜿꝁꝃꝅꝇꝉꝋꝍꝏꝑꝓꝕꝗꝙꝛꝝꝟꝡꝣꝥꝧꝩꝫ'  -- from U+A722
            'ꝭꝯꝺꝼᵹꝿꞁꞃꞅꞇꞌɥꞑꞓꞡꞣꞥꞧꞩɦ'  -- from U+A76C
            'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ'  -- from U+FF21
            '𐐨𐐩𐐪𐐫𐐬𐐭𐐮𐐯𐐰𐐱𐐲𐐳𐐴𐐵𐐶𐐷𐐸𐐹𐐺𐐻𐐼𐐽𐐾𐐿𐑀𐑁𐑂𐑃𐑄𐑅𐑆𐑇𐑈𐑉𐑊𐑋'  -- from U+10400
            '𐑌𐑍𐑎𐑏'  -- from U+10424
            || chr(65533) || chr(65533)) END;

ALTER TABLE owners ADD COLUMN sort_name text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE owners ADD COLUMN tags_text text COLLATE "C" NOT NULL DEFAULT '';

-- An owner's tags as tags_text holds them; '' without tags (string_agg of no rows is NULL).
CREATE FUNCTION owner_tags_joined(owner bigint) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN coalesce((SELECT string_agg(tag, ' ' ORDER BY tag) FROM owner_tags WHERE owner_id = owner), '');

UPDATE owners SET sort_name = name_folded(last_name) || chr(1) || name_folded(first_name),
    tags_text = owner_tags_joined(id);

CREATE INDEX owners_sort_name ON owners (sort_name);
CREATE INDEX owners_tags_text ON owners (tags_text);
CREATE INDEX owners_churn_order ON owners ((CASE churn_risk WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END));

-- One trigger sets both folded names (schema 2's set only search_name).
DROP TRIGGER owners_search_name_insert ON owners;
DROP TRIGGER owners_search_name_update ON owners;
DROP FUNCTION owners_search_name();

CREATE FUNCTION owners_folded_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_name := name_folded(NEW.first_name || ' ' || NEW.last_name);
    NEW.sort_name := name_folded(NEW.last_name) || chr(1) || name_folded(NEW.first_name);
    RETURN NEW;
END
$$;

CREATE TRIGGER owners_folded_names_insert BEFORE INSERT ON owners FOR EACH ROW
EXECUTE FUNCTION owners_folded_names();

CREATE TRIGGER owners_folded_names_update BEFORE UPDATE OF first_name, last_name ON owners FOR EACH ROW
EXECUTE FUNCTION owners_folded_names();

-- A tag moved from one owner to another changes both owners' tags_text.
CREATE FUNCTION owner_tags_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE owners SET tags_text = owner_tags_joined(OLD.owner_id) WHERE id = OLD.owner_id;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.owner_id <> OLD.owner_id THEN
        UPDATE owners SET tags_text = owner_tags_joined(NEW.owner_id) WHERE id = NEW.owner_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER owner_tags_text_insert AFTER INSERT ON owner_tags FOR EACH ROW
EXECUTE FUNCTION owner_tags_text();

CREATE TRIGGER owner_tags_text_delete AFTER DELETE ON owner_tags FOR EACH ROW
EXECUTE FUNCTION owner_tags_text();

CREATE TRIGGER owner_tags_text_update AFTER UPDATE ON owner_tags FOR EACH ROW
EXECUTE FUNCTION owner_tags_text();

CREATE TABLE owner_search (
    owner_id bigint PRIMARY KEY REFERENCES owners (id) ON DELETE CASCADE,
    name text COLLATE "C" NOT NULL,
    email text COLLATE "C" NOT NULL,
    tags text COLLATE "C" NOT NULL,
    phones text COLLATE "C" NOT NULL
);

INSERT INTO owner_search (owner_id, name, email, tags, phones)
    SELECT id, owner_search_folded(search_name), owner_search_folded(email), owner_search_folded(tags_text),
           owner_search_folded(phone || ' ' || whatsapp || ' ' || phone_secondary)
    FROM owners;

CREATE INDEX owner_search_name ON owner_search USING gin (name gin_trgm_ops);
CREATE INDEX owner_search_email ON owner_search USING gin (email gin_trgm_ops);
CREATE INDEX owner_search_tags ON owner_search USING gin (tags gin_trgm_ops);
CREATE INDEX owner_search_phones ON owner_search USING gin (phones gin_trgm_ops);

-- As SQLite's triggers, the name is folded again from first_name and last_name, not read from
-- search_name: the same text even if a statement set search_name itself.
CREATE FUNCTION owner_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    folded_name text := owner_search_folded(name_folded(NEW.first_name || ' ' || NEW.last_name));
    folded_email text := owner_search_folded(NEW.email);
    folded_tags text := owner_search_folded(NEW.tags_text);
    folded_phones text := owner_search_folded(NEW.phone || ' ' || NEW.whatsapp || ' ' || NEW.phone_secondary);
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO owner_search (owner_id, name, email, tags, phones)
            VALUES (NEW.id, folded_name, folded_email, folded_tags, folded_phones);
    ELSE
        UPDATE owner_search SET name = folded_name, email = folded_email, tags = folded_tags, phones = folded_phones
            WHERE owner_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER owner_search_insert AFTER INSERT ON owners FOR EACH ROW
EXECUTE FUNCTION owner_search_row();

CREATE TRIGGER owner_search_update
AFTER UPDATE OF first_name, last_name, email, tags_text, phone, whatsapp, phone_secondary ON owners FOR EACH ROW
EXECUTE FUNCTION owner_search_row();
