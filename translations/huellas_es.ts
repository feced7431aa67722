<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ActivityRepository</name>
    <message>
        <source>The interaction #%1 does not exist.</source>
        <translation>La interacción #%1 no existe.</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>The database address %1 is not valid: %2. Write it as postgresql://USER@HOST:PORT/NAME.</source>
        <translation>La dirección de la base de datos %1 no es válida: %2. Escríbala como postgresql://USUARIO@SERVIDOR:PUERTO/NOMBRE.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>no empieza con postgresql://</translation>
    </message>
    <message>
        <source>it contains a password; keep it in ~/.pgpass (or in the file PGPASSFILE names) instead</source>
        <translation>contiene una contraseña; guárdela mejor en ~/.pgpass (o en el archivo que indique PGPASSFILE)</translation>
    </message>
    <message>
        <source>the user is missing</source>
        <translation>falta el usuario</translation>
    </message>
    <message>
        <source>the server is missing</source>
        <translation>falta el servidor</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>falta el nombre de la base de datos</translation>
    </message>
    <message>
        <source>options after the name are not accepted</source>
        <translation>no se aceptan opciones después del nombre</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>%1:%2: header: %3 (%4)</source>
        <translation>%1:%2: encabezado: %3 (%4)</translation>
    </message>
    <message>
        <source>a column without a name</source>
        <translation>una columna sin nombre</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>columna desconocida</translation>
    </message>
    <message>
        <source>repeated column</source>
        <translation>columna repetida</translation>
    </message>
    <message>
        <source>missing required column</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>%1:%2: the quoting is broken</source>
        <translation>%1:%2: las comillas están mal cerradas</translation>
    </message>
    <message>
        <source>Staff usernames created inactive, without a login: %1</source>
        <translation>Usuarios del personal creados como inactivos, sin acceso: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>%1: the file name must contain one of owners, pets, appointments, orders, invoices or interactions</source>
        <translation>%1: el nombre del archivo debe contener owners, pets, appointments, orders, invoices o interactions</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: not UTF-8, read as Windows-1252</source>
        <translation>%1: no está en UTF-8; se leyó como Windows-1252</translation>
    </message>
    <message>
        <source>%1: the file is empty, without even a header line</source>
        <translation>%1: el archivo está vacío, ni siquiera tiene una línea de encabezado</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2</source>
        <translation>%1 celdas donde el encabezado tiene %2</translation>
    </message>
    <message>
        <source>repeated in this file, first on line %1</source>
        <translation>repetido en este archivo; aparece primero en la línea %1</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 (%5)</source>
        <translation>%1:%2: %3: %4 (%5)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>not a date YYYY-MM-DD</source>
        <translation>no es una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>la fecha está en el futuro</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time</source>
        <translation>no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>not a yes/no value (true/false, 1/0, sí/no, yes/no)</source>
        <translation>no es un valor sí/no (true/false, 1/0, sí/no, yes/no)</translation>
    </message>
    <message>
        <source>not an amount in pesos with a &apos;.&apos; decimal point</source>
        <translation>no es un importe en pesos con punto decimal &apos;.&apos;</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>un importe no puede ser negativo</translation>
    </message>
    <message>
        <source>unknown value, expected one of %1</source>
        <translation>valor desconocido; se esperaba uno de %1</translation>
    </message>
    <message>
        <source>not found in the imported files nor in the database</source>
        <translation>no se encontró ni en los archivos importados ni en la base de datos</translation>
    </message>
    <message>
        <source>belongs to another owner</source>
        <translation>pertenece a otro cliente</translation>
    </message>
    <message>
        <source>not a valid phone number</source>
        <translation>no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>an owner cannot refer themself</source>
        <translation>un cliente no puede referirse a sí mismo</translation>
    </message>
    <message>
        <source>an owner needs a first or last name</source>
        <translation>un cliente necesita nombre o apellido</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>no es una dirección de correo</translation>
    </message>
    <message>
        <source>not a five-digit postal code</source>
        <translation>no es un código postal de cinco dígitos</translation>
    </message>
    <message>
        <source>not a language code</source>
        <translation>no es un código de idioma</translation>
    </message>
    <message>
        <source>not a valid tag</source>
        <translation>no es una etiqueta válida</translation>
    </message>
    <message>
        <source>a pet needs a name</source>
        <translation>una mascota necesita nombre</translation>
    </message>
    <message>
        <source>this referral would close a cycle</source>
        <translation>esta referencia cerraría un ciclo</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>carácter de control</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… y %1 problemas más</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1: %2 nuevos, %3 actualizados</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se pudo crear la carpeta de respaldos %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>$%1 M</source>
        <translation>$%1 M</translation>
    </message>
    <message>
        <source>$%1 k</source>
        <translation>$%1 mil</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>&gt; $%1k</source>
        <translation>&gt; $%1 mil</translation>
    </message>
    <message>
        <source>≤ $%1k</source>
        <translation>≤ $%1 mil</translation>
    </message>
    <message>
        <source>$%1k–%2k</source>
        <translation>$%1–%2 mil</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Huellas CRM database (it is not an SQLite file).</source>
        <translation>%1 no es una base de datos de Huellas CRM (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). Restore it from a backup.</source>
        <translation>%1 está dañada y no se abrió (%2). Restáurela desde un respaldo.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Huellas CRM.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no de Huellas CRM.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Huellas CRM (schema %2; this version knows up to %3). Update the program to open it.</source>
        <translation>%1 fue escrita por una versión más reciente de Huellas CRM (esquema %2; esta versión conoce hasta el %3). Actualice el programa para abrirla.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Falló la migración al esquema %1: %2</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>su carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <source>%1 is read-only (%2) and must first be updated to this version of Huellas CRM. Open it once where it can be written.</source>
        <translation>%1 es de solo lectura (%2) y primero debe actualizarse a esta versión de Huellas CRM. Ábrala una vez donde se pueda escribir.</translation>
    </message>
    <message>
        <source>the server asks for a password; keep it in ~/.pgpass (or in the file PGPASSFILE names)</source>
        <translation>el servidor pide una contraseña; guárdela en ~/.pgpass (o en el archivo que indique PGPASSFILE)</translation>
    </message>
    <message>
        <source>the user or the password is wrong</source>
        <translation>el usuario o la contraseña no son correctos</translation>
    </message>
    <message>
        <source>the server has no database of that name; ask its administrator to create it (an empty one is enough)</source>
        <translation>el servidor no tiene una base de datos con ese nombre; pida a su administrador que la cree (basta una vacía)</translation>
    </message>
    <message>
        <source>the server does not answer; check the address and the port, and that the server is running</source>
        <translation>el servidor no responde; revise la dirección y el puerto, y que el servidor esté encendido</translation>
    </message>
    <message>
        <source>%1 is read-only here (a standby server, or a user without the right to write) and must first be updated to this version of Huellas CRM on the primary.</source>
        <translation>%1 es de solo lectura aquí (un servidor de réplica, o un usuario sin permiso de escritura) y primero debe actualizarse a esta versión de Huellas CRM en el servidor principal.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>No se pudo conectar con %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program, not of Huellas CRM; use an empty database.</source>
        <translation>La base de datos PostgreSQL %1 tiene tablas de otro programa, no de Huellas CRM; use una base de datos vacía.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>the copy does not open: %1</source>
        <translation>la copia no se abre: %1</translation>
    </message>
    <message>
        <source>the copy failed the integrity check: %1</source>
        <translation>la copia no pasó la verificación de integridad: %1</translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>No se puede respaldar en %1: %2</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>No se indicó un archivo de respaldo.</translation>
    </message>
    <message>
        <source>that is the open database itself; choose another file</source>
        <translation>es la misma base de datos que está abierta; elija otro archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>a database there is still in use (%1 exists); close it or choose another file</source>
        <translation>una base de datos en esa ubicación sigue en uso (existe %1); ciérrela o elija otro archivo</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>it is not a Huellas CRM database</source>
        <translation>no es una base de datos de Huellas CRM</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>está dañado (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Huellas CRM (schema %1; this version knows up to %2)</source>
        <translation>lo escribió una versión más nueva de Huellas CRM (esquema %1; esta versión conoce hasta el %2)</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>No se puede restaurar %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is the open database itself</source>
        <translation>es la misma base de datos abierta</translation>
    </message>
    <message>
        <source>it is not a Huellas CRM database (not an SQLite file)</source>
        <translation>no es una base de datos de Huellas CRM (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>la base de datos está abierta en solo lectura</translation>
    </message>
    <message>
        <source>the current database could not be kept as %1 (%2)</source>
        <translation>no se pudo conservar la base de datos actual como %1 (%2)</translation>
    </message>
    <message>
        <source>The backup was restored, but updating its schema failed: %1. The previous database is in %2.</source>
        <translation>Se restauró el respaldo, pero falló la actualización de su esquema: %1. La base de datos anterior está en %2.</translation>
    </message>
    <message>
        <source>the current database could not be kept as %1</source>
        <translation>no se pudo conservar la base de datos actual como %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo texts have no entry for %1.</source>
        <translation>Los textos de demostración no tienen una entrada para %1.</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>No se pudieron escribir los datos de demostración: %1</translation>
    </message>
    <message>
        <source>The demo word list %1 is missing.</source>
        <translation>Falta la lista de palabras de demostración %1.</translation>
    </message>
    <message>
        <source>The demo word list %1 is empty.</source>
        <translation>La lista de palabras de demostración %1 está vacía.</translation>
    </message>
    <message>
        <source>The demo word list %1 has a line without %2 fields: %3</source>
        <translation>La lista de palabras de demostración %1 tiene una línea sin %2 campos: %3</translation>
    </message>
    <message>
        <source>The demo appointment reason %1 has a bad price range.</source>
        <translation>El motivo de cita de demostración %1 tiene un rango de precios incorrecto.</translation>
    </message>
    <message>
        <source>The demo word list %1 has no entry for %2.</source>
        <translation>La lista de palabras de demostración %1 no tiene una entrada para %2.</translation>
    </message>
    <message>
        <source>The number of demo owners cannot be negative.</source>
        <translation>El número de clientes de demostración no puede ser negativo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>no se pudo crear el libro de Excel</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most %1 owners; narrow the selection or export to CSV</source>
        <translation>una hoja de Excel admite como máximo %1 clientes; reduzca la selección o exporte a CSV</translation>
    </message>
    <message>
        <source>%1 of owner %2: %3</source>
        <translation>%1 del cliente %2: %3</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Integrity: ok</source>
        <translation>Integridad: correcta</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridad: %1</translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>Referencias: correctas</translation>
    </message>
    <message>
        <source>Foreign keys: %1 rows point to records that do not exist</source>
        <translation>Referencias: %1 filas apuntan a registros que no existen</translation>
    </message>
    <message>
        <source>Schema version: %1 of %2</source>
        <translation>Versión del esquema: %1 de %2</translation>
    </message>
    <message>
        <source>Referral counts: ok</source>
        <translation>Conteo de referidos: correcto</translation>
    </message>
    <message>
        <source>Referral counts: %1 owners have a stale count (run refresh)</source>
        <translation>Conteo de referidos: %1 clientes tienen un conteo desactualizado (ejecute refresh)</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation>La base de datos está sana.</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>La base de datos tiene problemas.</translation>
    </message>
</context>
<context>
    <name>InteractionChoiceItems</name>
    <message>
        <source>%1 (deceased)</source>
        <translation>%1 (falleció)</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>Type a name or a phone number</source>
        <translation>Escriba un nombre o un número de teléfono</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Inbound</source>
        <translation>&amp;Entrante</translation>
    </message>
    <message>
        <source>Out&amp;bound</source>
        <translation>&amp;Saliente</translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation>&amp;Atendió</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>As&amp;unto</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Resulta&amp;do</translation>
    </message>
    <message>
        <source>S&amp;entiment</source>
        <translation>Se&amp;ntimiento</translation>
    </message>
    <message>
        <source>&amp;Pet</source>
        <translation>&amp;Mascota</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>C&amp;ita</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>Com&amp;pra</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>Requires &amp;follow-up</source>
        <translation>Requiere se&amp;guimiento</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Hec&amp;ho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The follow-up has no date yet; it is listed under &quot;No date&quot; in Pending</source>
        <translation>El seguimiento aún no tiene fecha; aparece en «Sin fecha» en Pendientes</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>InteractionFormat</name>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (hecho)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>InteractionLauncher</name>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>The owner&apos;s pets, appointments and orders could not be read.</source>
        <translation>No se pudieron leer las mascotas, citas y compras del cliente.</translation>
    </message>
    <message>
        <source>The interaction was not saved. Nothing you typed is lost; correct it and save again.</source>
        <translation>La interacción no se guardó. No se perdió nada de lo que escribió; corríjalo y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The staff list could not be read.</source>
        <translation>No se pudo leer la lista del personal.</translation>
    </message>
    <message>
        <source>The owner could not be read.</source>
        <translation>No se pudo leer el cliente.</translation>
    </message>
    <message>
        <source>The interaction could not be read.</source>
        <translation>No se pudo leer la interacción.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>not an amount in pesos: &quot;%1&quot;</source>
        <translation>no es un importe en pesos: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OwnerEditorDialog</name>
    <message>
        <source>Owner</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Ocupación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Secondary phone</source>
        <translation>Teléfono &amp;secundario</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>Leave empty when it is the phone above</source>
        <translation>Déjelo vacío si es el mismo teléfono de arriba</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Preferred contact &amp;time</source>
        <translation>&amp;Horario preferido de contacto</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Calle y número</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>C&amp;olonia</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <source>&amp;Location notes</source>
        <translation>Notas de &amp;ubicación</translation>
    </message>
    <message>
        <source>How to find the house: colour, landmarks…</source>
        <translation>Cómo encontrar la casa: color, referencias…</translation>
    </message>
    <message>
        <source>Origin and referral</source>
        <translation>Origen y referido</translation>
    </message>
    <message>
        <source>&amp;How they found us</source>
        <translation>&amp;Cómo nos conoció</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Detalle</translation>
    </message>
    <message>
        <source>Which event, ad or post</source>
        <translation>Qué evento, anuncio o publicación</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Referido por</translation>
    </message>
    <message>
        <source>Type a name to search owners</source>
        <translation>Escriba un nombre para buscar clientes</translation>
    </message>
    <message>
        <source>Preferences and consent</source>
        <translation>Preferencias y permisos</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Permisos de contacto</translation>
    </message>
    <message>
        <source>Accepts &amp;email</source>
        <translation>Acepta &amp;correo</translation>
    </message>
    <message>
        <source>Accepts &amp;SMS</source>
        <translation>Acepta &amp;SMS</translation>
    </message>
    <message>
        <source>Accepts &amp;WhatsApp</source>
        <translation>Acepta &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags group owners for segments and campaigns, e.g. dog-owner, premium.</source>
        <translation>Las etiquetas agrupan a los clientes para segmentos y campañas, p. ej. dog-owner, premium.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Internal — not shared with the client</source>
        <translation>&amp;Internas — no se comparten con el cliente</translation>
    </message>
    <message>
        <source>For the team only: debts, behaviour, handling advice…</source>
        <translation>Solo para el equipo: adeudos, comportamiento, consejos de manejo…</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>&amp;Add pet</source>
        <translation>&amp;Agregar mascota</translation>
    </message>
    <message>
        <source>&amp;Remove pet</source>
        <translation>&amp;Quitar mascota</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>&amp;Add appointment</source>
        <translation>&amp;Agregar cita</translation>
    </message>
    <message>
        <source>&amp;Remove appointment</source>
        <translation>&amp;Quitar cita</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>&amp;Add purchase</source>
        <translation>&amp;Agregar compra</translation>
    </message>
    <message>
        <source>&amp;Remove purchase</source>
        <translation>&amp;Quitar compra</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>&amp;Add invoice</source>
        <translation>&amp;Agregar factura</translation>
    </message>
    <message>
        <source>&amp;Remove invoice</source>
        <translation>&amp;Quitar factura</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close; asks first when there are unsaved changes (Esc)</source>
        <translation>Cerrar; pregunta antes si hay cambios sin guardar (Esc)</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Open a WhatsApp chat with the owner</source>
        <translation>Abrir un chat de WhatsApp con el cliente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call the owner’s phone</source>
        <translation>Llamar al teléfono del cliente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Write an email to the owner</source>
        <translation>Escribir un correo al cliente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Record a call, visit or message with this owner</source>
        <translation>Registrar una llamada, visita o mensaje con este cliente</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Go back to the stored values, dropping every unsaved change</source>
        <translation>Volver a los valores guardados y descartar todos los cambios sin guardar</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation>Ctrl+Alt+Z</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the owner, pets, appointments, purchases and invoices</source>
        <translation>Guardar el cliente y sus mascotas, citas, compras y facturas</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>OwnerEditorFields</name>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Yucatec Maya</source>
        <translation>Maya yucateco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
</context>
<context>
    <name>OwnerEditorSummary</name>
    <message>
        <source>New owner</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 risk</source>
        <translation>%1 · %2 · riesgo %3</translation>
    </message>
    <message>
        <source>Engagement %1 = visits %2 + recency %3 + spending %4 + interactions %5</source>
        <translation>Compromiso %1 = visitas %2 + recencia %3 + gasto %4 + interacciones %5</translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>primera visita %1</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>sin visitas aún</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value %1 · Average order %2 · %n visit(s) · %3</source>
        <translation>
            <numerusform>Valor de vida %1 · Ticket promedio %2 · %n visita · %3</numerusform>
            <numerusform>Valor de vida %1 · Ticket promedio %2 · %n visitas · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referred %n owner(s) · Referred by: %1</source>
        <translation>
            <numerusform>Refirió a %n cliente · Referido por: %1</numerusform>
            <numerusform>Refirió a %n clientes · Referido por: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerEditorTables</name>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (hecho)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendió</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>(unnamed pet)</source>
        <translation>(mascota sin nombre)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>OwnerEditorValidation</name>
    <message>
        <source>%1: &quot;%2&quot; is not a valid phone number.</source>
        <translation>%1: &quot;%2&quot; no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>Birth date: &quot;%1&quot; is not a date (dd/mm/yyyy).</source>
        <translation>Fecha de nacimiento: &quot;%1&quot; no es una fecha (dd/mm/aaaa).</translation>
    </message>
    <message>
        <source>Birth date: %1 is in the future.</source>
        <translation>Fecha de nacimiento: %1 está en el futuro.</translation>
    </message>
    <message>
        <source>Name: an owner needs a first or last name.</source>
        <translation>Nombre: un cliente necesita nombre o apellido.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Secondary phone</source>
        <translation>Teléfono secundario</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation>Correo: &quot;%1&quot; no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Postal code: &quot;%1&quot; is not a five-digit postal code.</source>
        <translation>Código postal: &quot;%1&quot; no es un código postal de cinco dígitos.</translation>
    </message>
</context>
<context>
    <name>OwnerProfileStore</name>
    <message>
        <source>%1 #%2 does not belong to this owner.</source>
        <translation>%1 #%2 no pertenece a este cliente.</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, fila %2: %3</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
</context>
<context>
    <name>OwnerRepository</name>
    <message>
        <source>referred_by: an owner cannot refer themself</source>
        <translation>referido por: un cliente no puede referirse a sí mismo</translation>
    </message>
    <message>
        <source>referred_by: the referring owner #%1 does not exist</source>
        <translation>referido por: el cliente que refiere (#%1) no existe</translation>
    </message>
    <message>
        <source>referred_by: this referral would close a cycle (the referrer was referred, directly or not, by this owner)</source>
        <translation>referido por: esta referencia cerraría un ciclo (quien refiere fue referido, directa o indirectamente, por este cliente)</translation>
    </message>
    <message>
        <source>The owner #%1 does not exist.</source>
        <translation>El cliente #%1 no existe.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; no es un número de teléfono válido</translation>
    </message>
</context>
<context>
    <name>SegmentBuilderDialog</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>e.g. Dogs, VIP, lapsed 90–180 days</source>
        <translation>p. ej. Perros, VIP, sin visita 90–180 días</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Activo</translation>
    </message>
    <message>
        <source>Uncheck to keep the segment saved but mark it as no longer in use</source>
        <translation>Desmárcalo para conservar el segmento guardado pero marcarlo como fuera de uso</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>What the segment is for (optional)</source>
        <translation>Para qué sirve el segmento (opcional)</translation>
    </message>
    <message>
        <source>Owners who meet all of these conditions</source>
        <translation>Clientes que cumplen todas estas condiciones</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>View &amp;JSON</source>
        <translation>Ver &amp;JSON</translation>
    </message>
    <message>
        <source>The rules as the program stores them, for power users</source>
        <translation>Las reglas tal como las guarda el programa, para usuarios avanzados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>The rules of the segment &quot;%1&quot; are not valid: %2</source>
        <translation>Las reglas del segmento &quot;%1&quot; no son válidas: %2</translation>
    </message>
    <message>
        <source>name: a segment needs a name</source>
        <translation>nombre: un segmento necesita nombre</translation>
    </message>
    <message>
        <source>slug: &quot;%1&quot; is not a slug; use lower-case letters, digits and hyphens, such as &quot;%2&quot;</source>
        <translation>slug: &quot;%1&quot; no es un slug válido; use letras minúsculas, dígitos y guiones, como &quot;%2&quot;</translation>
    </message>
    <message>
        <source>slug: &quot;%1&quot; is already used by the segment &quot;%2&quot;</source>
        <translation>slug: &quot;%1&quot; ya lo usa el segmento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The segment #%1 does not exist.</source>
        <translation>El segmento #%1 no existe.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>%1: unknown key (known keys: %2)</source>
        <translation>%1: clave desconocida (claves válidas: %2)</translation>
    </message>
    <message>
        <source>%1: expected a list of rule objects, got %2</source>
        <translation>%1: se esperaba una lista de objetos de reglas, se recibió %2</translation>
    </message>
    <message>
        <source>%1: the list is empty ([]); give at least one rule object</source>
        <translation>%1: la lista está vacía ([]); indique al menos un objeto de reglas</translation>
    </message>
    <message>
        <source>%1: expected a rule object, got %2</source>
        <translation>%1: se esperaba un objeto de reglas, se recibió %2</translation>
    </message>
    <message>
        <source>%1: %2 is not before %3 %4</source>
        <translation>%1: %2 no es anterior a %3 %4</translation>
    </message>
    <message>
        <source>%1: %2 is greater than %3 %4</source>
        <translation>%1: %2 es mayor que %3 %4</translation>
    </message>
    <message>
        <source>the rules are not valid JSON: %1 at character %2 of %3</source>
        <translation>las reglas no son JSON válido: %1 en el carácter %2 de %3</translation>
    </message>
    <message>
        <source>the rules must be a JSON object, got %1</source>
        <translation>las reglas deben ser un objeto JSON, se recibió %1</translation>
    </message>
    <message>
        <source>%1: expected a list of text, got %2</source>
        <translation>%1: se esperaba una lista de textos, se recibió %2</translation>
    </message>
    <message>
        <source>%1: the list is empty ([]); give at least one value</source>
        <translation>%1: la lista está vacía ([]); indique al menos un valor</translation>
    </message>
    <message>
        <source>%1: expected text in the list, got %2</source>
        <translation>%1: se esperaba texto en la lista, se recibió %2</translation>
    </message>
    <message>
        <source>%1: %2 is negative; expected zero or more</source>
        <translation>%1: %2 es negativo; se esperaba cero o más</translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation>%1: %2 es demasiado grande</translation>
    </message>
    <message>
        <source>%1: a tag cannot be blank, got %2</source>
        <translation>%1: una etiqueta no puede estar en blanco, se recibió %2</translation>
    </message>
    <message>
        <source>%1: unknown value %2 (expected one of: %3)</source>
        <translation>%1: valor desconocido %2 (se esperaba uno de: %3)</translation>
    </message>
    <message>
        <source>%1: expected true or false, got %2</source>
        <translation>%1: se esperaba true o false, se recibió %2</translation>
    </message>
    <message>
        <source>%1: expected an amount in pesos, got %2</source>
        <translation>%1: se esperaba un importe en pesos, se recibió %2</translation>
    </message>
    <message>
        <source>%1: %2 has a fraction of a centavo</source>
        <translation>%1: %2 tiene fracciones de centavo</translation>
    </message>
    <message>
        <source>%1: expected a whole number, got %2</source>
        <translation>%1: se esperaba un número entero, se recibió %2</translation>
    </message>
    <message>
        <source>%1: expected a date YYYY-MM-DD, got %2</source>
        <translation>%1: se esperaba una fecha AAAA-MM-DD, se recibió %2</translation>
    </message>
    <message>
        <source>%1: more than %2 levels of &quot;any&quot; inside one another</source>
        <translation>%1: más de %2 niveles de &quot;any&quot; uno dentro de otro</translation>
    </message>
    <message>
        <source>%1: the rules are too large: more than %2 conditions, values and alternatives in all</source>
        <translation>%1: las reglas son demasiado grandes: más de %2 condiciones, valores y alternativas en total</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Tags (all of)</source>
        <translation>Etiquetas (todas)</translation>
    </message>
    <message>
        <source>Tags (any of)</source>
        <translation>Etiquetas (alguna)</translation>
    </message>
    <message>
        <source>Without tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Minimum lifetime value</source>
        <translation>Valor de vida mínimo</translation>
    </message>
    <message>
        <source>Maximum lifetime value</source>
        <translation>Valor de vida máximo</translation>
    </message>
    <message>
        <source>Days without a visit (minimum)</source>
        <translation>Días sin visita (mínimo)</translation>
    </message>
    <message>
        <source>Days without a visit (maximum)</source>
        <translation>Días sin visita (máximo)</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Accepts email</source>
        <translation>Acepta email</translation>
    </message>
    <message>
        <source>Accepts SMS</source>
        <translation>Acepta SMS</translation>
    </message>
    <message>
        <source>Accepts WhatsApp</source>
        <translation>Acepta WhatsApp</translation>
    </message>
    <message>
        <source>Acquisition source</source>
        <translation>Origen del cliente</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>Colonia</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Minimum engagement</source>
        <translation>Compromiso mínimo</translation>
    </message>
    <message>
        <source>Maximum engagement</source>
        <translation>Compromiso máximo</translation>
    </message>
    <message>
        <source>Minimum visits</source>
        <translation>Visitas mínimas</translation>
    </message>
    <message>
        <source>Pet species</source>
        <translation>Especie de mascota</translation>
    </message>
    <message>
        <source>Referred by another owner</source>
        <translation>Referido por otro cliente</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>Created before</source>
        <translation>Creado antes de</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>Cualquiera de</translation>
    </message>
    <message>
        <source>City; Enter adds it</source>
        <translation>Ciudad; Intro la agrega</translation>
    </message>
    <message>
        <source>Neighborhood; Enter adds it</source>
        <translation>Colonia; Intro la agrega</translation>
    </message>
    <message>
        <source>Language code (es, en); Enter adds it</source>
        <translation>Código de idioma (es, en); Intro lo agrega</translation>
    </message>
    <message>
        <source>Tag; Enter adds it</source>
        <translation>Etiqueta; Intro la agrega</translation>
    </message>
    <message>
        <source>a WhatsApp number or a phone</source>
        <translation>un número de WhatsApp o un teléfono</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>un teléfono</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>un correo electrónico</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Exportar miembros</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 owners written to %2.</source>
        <translation>%1 clientes escritos en %2.</translation>
    </message>
    <message>
        <source>Campaign list: %1</source>
        <translation>Lista de campaña: %1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 of the segment&apos;s %2 members written to %3. Only members who accept %4 and have %5 are included.</source>
        <translation>%1 de los %2 miembros del segmento escritos en %3. Solo se incluyen los miembros que aceptan %4 y tienen %5.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Daily backups &amp;folder</source>
        <translation>&amp;Carpeta de respaldos diarios</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Backups &amp;kept</source>
        <translation>Respaldos &amp;conservados</translation>
    </message>
</context>
<context>
    <name>SqlitePageCopy</name>
    <message>
        <source>the database is in use by another workstation or program; try again in a moment</source>
        <translation>la base de datos está en uso por otra estación o programa; intente de nuevo en un momento</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Error de base de datos: %1 (en: %2)</translation>
    </message>
    <message>
        <source>The record no longer exists (%1 #%2).</source>
        <translation>El registro ya no existe (%1 #%2).</translation>
    </message>
    <message>
        <source>another workstation or program is writing to the database and did not finish within 5 seconds; try again in a moment</source>
        <translation>otra estación o programa está escribiendo en la base de datos y no terminó en 5 segundos; intente de nuevo en un momento</translation>
    </message>
    <message>
        <source>the database is read-only here (file, folder or disk); nothing was saved</source>
        <translation>la base de datos es de solo lectura aquí (archivo, carpeta o disco); no se guardó nada</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved. Free some space and try again</source>
        <translation>el disco está lleno; no se guardó nada. Libere espacio e intente de nuevo</translation>
    </message>
    <message>
        <source>the database file is damaged; restore a backup (File → Restore backup…)</source>
        <translation>el archivo de la base de datos está dañado; restaure un respaldo (Archivo → Restaurar respaldo…)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (is it full, removed or failing?)</source>
        <translation>no se pudo leer o escribir el disco (¿está lleno, se retiró o está fallando?)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing was saved. Check the network and the server, then try again</source>
        <translation>se perdió la conexión con el servidor de la base de datos; no se guardó nada. Revise la red y el servidor, y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>another desk was saving the same data at the same moment; nothing was saved, try again</source>
        <translation>otro puesto guardaba los mismos datos en ese momento; no se guardó nada, vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the database is read-only here (a standby server, or a user without the right to write); nothing was saved</source>
        <translation>la base de datos es de solo lectura aquí (un servidor de réplica, o un usuario sin permiso de escritura); no se guardó nada</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; nothing was saved. Tell its administrator</source>
        <translation>el disco del servidor de la base de datos está lleno; no se guardó nada. Avise a su administrador</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: unknown value &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1: valor desconocido &quot;%2&quot; (se esperaba uno de: %3)</translation>
    </message>
    <message>
        <source>owner: missing</source>
        <translation>cliente: falta</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future</source>
        <translation>%1: la fecha %2 está en el futuro</translation>
    </message>
    <message>
        <source>%1: missing or not a date and time</source>
        <translation>%1: falta o no es una fecha y hora</translation>
    </message>
    <message>
        <source>total: an amount cannot be negative</source>
        <translation>total: un importe no puede ser negativo</translation>
    </message>
    <message>
        <source>name: an owner needs a first or last name</source>
        <translation>nombre: un cliente necesita nombre o apellido</translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is not an email address</source>
        <translation>correo: &quot;%1&quot; no es una dirección de correo</translation>
    </message>
    <message>
        <source>postal_code: &quot;%1&quot; is not a five-digit postal code</source>
        <translation>código postal: &quot;%1&quot; no es un código postal de cinco dígitos</translation>
    </message>
    <message>
        <source>preferred_language: &quot;%1&quot; is not a language code</source>
        <translation>idioma: &quot;%1&quot; no es un código de idioma</translation>
    </message>
    <message>
        <source>referred_by: an owner cannot refer themself</source>
        <translation>referido por: un cliente no puede referirse a sí mismo</translation>
    </message>
    <message>
        <source>tags: &quot;%1&quot; is not a valid tag</source>
        <translation>etiquetas: &quot;%1&quot; no es una etiqueta válida</translation>
    </message>
    <message>
        <source>name: a pet needs a name</source>
        <translation>nombre: una mascota necesita nombre</translation>
    </message>
    <message>
        <source>username: missing</source>
        <translation>usuario: falta</translation>
    </message>
</context>
<context>
    <name>acquisition_source</name>
    <message>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Pasó por aquí</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>appointment_status</name>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No asistió</translation>
    </message>
</context>
<context>
    <name>churn_risk</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
</context>
<context>
    <name>contact_time</name>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
</context>
<context>
    <name>conversation_channel</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>AI chat</source>
        <translation>Chat AI</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>direction</name>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
</context>
<context>
    <name>huellas-cli</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Base de datos lista: %1 (esquema %2)</translation>
    </message>
    <message>
        <source>Metrics recomputed as of %1.</source>
        <translation>Métricas recalculadas al %1.</translation>
    </message>
    <message>
        <source>demo needs --owners N (1 to 1,000,000).</source>
        <translation>demo necesita --owners N (de 1 a 1,000,000).</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed: &quot;%1&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>Demo data added: %1 owners, %2 pets, %3 appointments, %4 orders, %5 invoices, %6 interactions.</source>
        <translation>Datos de demostración agregados: %1 clientes, %2 mascotas, %3 citas, %4 compras, %5 facturas, %6 interacciones.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opción desconocida --%1.</translation>
    </message>
    <message>
        <source>Try huellas-cli --help.</source>
        <translation>Pruebe huellas-cli --help.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: export owners [--segment SLUG | --rules JSON] [--out FILE.csv|FILE.xlsx]</source>
        <translation>Uso: export owners [--segment SLUG | --rules JSON] [--out ARCHIVO.csv|ARCHIVO.xlsx]</translation>
    </message>
    <message>
        <source>%1 owners written to %2.</source>
        <translation>%1 clientes escritos en %2.</translation>
    </message>
    <message>
        <source>Usage: backup FILE</source>
        <translation>Uso: backup ARCHIVO</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Respaldo escrito en %1.</translation>
    </message>
    <message>
        <source>Usage: import [--dry-run] FILE...</source>
        <translation>Uso: import [--dry-run] ARCHIVO...</translation>
    </message>
    <message>
        <source>%1 problems found; nothing was imported.</source>
        <translation>Se encontraron %1 problemas; no se importó nada.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Would import: %1</source>
        <translation>Simulación, no se escribió nada. Se importaría: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Give --rules or --segment, not both.</source>
        <translation>Indique --rules o --segment, no ambos.</translation>
    </message>
    <message>
        <source>There is no segment &quot;%1&quot; (see segment list).</source>
        <translation>No existe el segmento &quot;%1&quot; (vea segment list).</translation>
    </message>
    <message>
        <source>This command needs --rules JSON or --segment SLUG.</source>
        <translation>Este comando necesita --rules JSON o --segment SLUG.</translation>
    </message>
    <message>
        <source>Usage: segment save --slug S --name N --rules JSON</source>
        <translation>Uso: segment save --slug S --name N --rules JSON</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; saved: %2 members.</source>
        <translation>Segmento &quot;%1&quot; guardado: %2 miembros.</translation>
    </message>
    <message>
        <source>Usage: segment count|members (--rules JSON | --segment SLUG), segment save, segment list</source>
        <translation>Uso: segment count|members (--rules JSON | --segment SLUG), segment save, segment list</translation>
    </message>
    <message>
        <source>Restored %1. The previous database was kept as %2.</source>
        <translation>Se restauró %1. La base de datos anterior se conservó como %2.</translation>
    </message>
    <message>
        <source>Usage: restore FILE</source>
        <translation>Uso: restore ARCHIVO</translation>
    </message>
    <message>
        <source>Metrics moved to %1.</source>
        <translation>Métricas llevadas al %1.</translation>
    </message>
    <message>
        <source>Demo data written: %1 owners, %2 pets, %3 appointments, %4 orders, %5 invoices, %6 interactions.</source>
        <translation>Datos de demostración escritos: %1 clientes, %2 mascotas, %3 citas, %4 compras, %5 facturas, %6 interacciones.</translation>
    </message>
    <message>
        <source>--csv needs a folder.</source>
        <translation>--csv necesita una carpeta.</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 filas</translation>
    </message>
    <message>
        <source>peak memory: %1 MB (SQLite at most %2 MB of it)</source>
        <translation>memoria máxima: %1 MB (de ellos, SQLite a lo sumo %2 MB)</translation>
    </message>
    <message>
        <source>Give either --db or --db-url, not both.</source>
        <translation>Indique --db o --db-url, no ambos.</translation>
    </message>
    <message>
        <source>Usage: huellas-cli [--db FILE | --db-url URL] COMMAND

Commands:
  init                              create or migrate the database
  import [--dry-run] FILE...        owners.csv pets.csv appointments.csv orders.csv invoices.csv
                                    interactions.csv (kind from the file name); all or nothing,
                                    every bad row reported as FILE:LINE: column: reason
  refresh [--today YYYY-MM-DD] [--full]
                                    move every owner&apos;s metrics to that date (days since,
                                    churn, engagement); --full recomputes them all
  export owners [--segment SLUG | --rules JSON] [--out FILE]
                                    owners with the derived columns: CSV (stdout without
                                    --out) or an Excel workbook when FILE ends in .xlsx
  segment count --rules JSON        print the number of matching owners
  segment members --rules JSON      print matching owners&apos; external_id, one a line
                                    (both also take --segment SLUG)
  segment save --slug S --name N --rules JSON
                                    create or replace a saved segment
  segment list                      saved segments: slug, members, counted at, state, name
  demo --owners N [--seed S] [--today YYYY-MM-DD] [--csv DIR]
                                    fill the database with realistic demo data; with --csv,
                                    write the same data as the six import files (owners.csv,
                                    pets.csv, ...) in DIR instead, without a database
  backup FILE                       consistent copy, also while the program is open
  restore FILE                      replace the database with a checked backup; the current
                                    one is kept as NAME-antes-de-restaurar-DATE.sqlite
  check                             integrity check

Options:
  --db FILE    the database file (default: %1)
  --db-url postgresql://USER@HOST:PORT/NAME
               a PostgreSQL database shared by several desks; the password
               comes from ~/.pgpass or PGPASSFILE, never from the command line
  --help       this text
  --version    the program&apos;s version

Exit codes: 0 done, 2 bad usage, 3 bad input (nothing written), 4 database error.
</source>
        <translation>Uso: huellas-cli [--db ARCHIVO | --db-url URL] COMANDO

Comandos:
  init                              crea o migra la base de datos
  import [--dry-run] ARCHIVO...     owners.csv pets.csv appointments.csv orders.csv invoices.csv
                                    interactions.csv (el tipo se toma del nombre del archivo);
                                    todo o nada, cada fila incorrecta se informa como
                                    ARCHIVO:LÍNEA: columna: motivo
  refresh [--today AAAA-MM-DD] [--full]
                                    lleva las métricas de todos los clientes a esa fecha (días
                                    desde la visita, riesgo, compromiso); --full las recalcula todas
  export owners [--segment SLUG | --rules JSON] [--out ARCHIVO]
                                    clientes con las columnas derivadas: CSV (salida estándar
                                    sin --out) o un libro de Excel si ARCHIVO termina en .xlsx
  segment count --rules JSON        muestra el número de clientes que coinciden
  segment members --rules JSON      muestra el external_id de los clientes que coinciden,
                                    uno por línea (ambos aceptan también --segment SLUG)
  segment save --slug S --name N --rules JSON
                                    crea o reemplaza un segmento guardado
  segment list                      segmentos guardados: slug, miembros, fecha del conteo,
                                    estado, nombre
  demo --owners N [--seed S] [--today AAAA-MM-DD] [--csv CARPETA]
                                    llena la base de datos con datos de demostración realistas;
                                    con --csv, escribe los mismos datos como los seis archivos de
                                    importación (owners.csv, pets.csv, ...) en CARPETA, sin base de datos
  backup ARCHIVO                    copia consistente, incluso con el programa abierto
  restore ARCHIVO                   reemplaza la base de datos por un respaldo verificado; la
                                    actual se conserva como NOMBRE-antes-de-restaurar-FECHA.sqlite
  check                             verificación de integridad

Opciones:
  --db ARCHIVO   el archivo de base de datos (predeterminado: %1)
  --db-url postgresql://USUARIO@SERVIDOR:PUERTO/NOMBRE
                 una base de datos PostgreSQL compartida por varios puestos; la
                 contraseña se toma de ~/.pgpass o PGPASSFILE, nunca de la línea de órdenes
  --help         este texto
  --version      la versión del programa

Códigos de salida: 0 hecho, 2 uso incorrecto, 3 entrada incorrecta (no se escribió nada),
4 error de base de datos.
</translation>
    </message>
</context>
<context>
    <name>huellas::ChurnDonutChart</name>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Churn risk: %1</source>
        <translation>Riesgo de abandono: %1</translation>
    </message>
</context>
<context>
    <name>huellas::DashboardChartsGrid</name>
    <message>
        <source>Owners by tier</source>
        <translation>Clientes por nivel</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>How did they find us?</source>
        <translation>¿Cómo nos conocieron?</translation>
    </message>
    <message>
        <source>Found us through: %1</source>
        <translation>Nos conocieron por: %1</translation>
    </message>
    <message>
        <source>Lifetime value distribution</source>
        <translation>Distribución del valor de vida</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>Valor de vida: %1</translation>
    </message>
</context>
<context>
    <name>huellas::DashboardView</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>CRM dashboard</source>
        <translation>Tablero CRM</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Updated: today %1</source>
        <translation>Actualizado: hoy %1</translation>
    </message>
    <message>
        <source> · metrics as of %1</source>
        <translation> · métricas al %1</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>No se pudo leer el tablero: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>The follow-up could not be marked as done: %1</source>
        <translation>No se pudo marcar el seguimiento como hecho: %1</translation>
    </message>
    <message>
        <source>dashboard-%1</source>
        <translation>tablero-%1</translation>
    </message>
    <message>
        <source>Export the dashboard as PNG</source>
        <translation>Exportar el tablero como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Exportar el tablero como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Huellas CRM — dashboard, %1 months as of %2</source>
        <translation>Huellas CRM — tablero, %1 meses al %2</translation>
    </message>
</context>
<context>
    <name>huellas::DatabaseCare</name>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Falló el respaldo automático de hoy: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message>
        <source>Huellas CRM databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Huellas CRM (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace all the data with the backup %1 (saved %2)?

The current database is kept as a dated copy beside it, so nothing is lost. The other workstations see the restored data at once.</source>
        <translation>¿Reemplazar todos los datos por el respaldo %1 (guardado el %2)?

La base de datos actual se conserva como copia fechada junto a ella, así que no se pierde nada. Las otras estaciones ven los datos restaurados de inmediato.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando el respaldo…</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was kept as %1.</source>
        <translation>Se restauró el respaldo. La base de datos anterior se conservó como %1.</translation>
    </message>
    <message>
        <source>The database file is damaged: the check found %1 problems (the first: %2). Use it only to look things up, and restore the latest backup: File → Restore backup…</source>
        <translation>El archivo de la base de datos está dañado: la verificación encontró %1 problemas (el primero: %2). Úselo solo para consultar y restaure el respaldo más reciente: Archivo → Restaurar respaldo…</translation>
    </message>
</context>
<context>
    <name>huellas::DateEditDelegate</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>huellas::DeskController</name>
    <message>
        <source>Due today</source>
        <translation>Pendientes hoy</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>The metrics could not be brought up to date: %1</source>
        <translation>No se pudieron poner al día las métricas: %1</translation>
    </message>
    <message>
        <source>Updating metrics…</source>
        <translation>Actualizando métricas…</translation>
    </message>
</context>
<context>
    <name>huellas::FollowUpListModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendió</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>huellas::FollowUpsPanel</name>
    <message>
        <source>Mark as done (Space)</source>
        <translation>Marcar como hecho (Space)</translation>
    </message>
    <message>
        <source>Marks the selected follow-up as done (Space or Ctrl+D)</source>
        <translation>Marca el seguimiento seleccionado como hecho (Space o Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark follow-up as done</source>
        <translation>Marcar seguimiento como hecho</translation>
    </message>
    <message>
        <source>No follow-ups due today. All caught up.</source>
        <translation>No hay seguimientos pendientes hoy. Todo está al día.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>The follow-up could not be marked as done.</source>
        <translation>No se pudo marcar el seguimiento como hecho.</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>No se pudieron leer los seguimientos: %1</translation>
    </message>
    <message>
        <source>To attend: %1 — overdue %2, today %3, no date %4</source>
        <translation>Por atender: %1 — vencidos %2, hoy %3, sin fecha %4</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (se muestran los primeros %1)</translation>
    </message>
</context>
<context>
    <name>huellas::ImportLauncher</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>%1 problems found; nothing was imported. Correct the files and import them again.</source>
        <translation>Se encontraron %1 problemas; no se importó nada. Corrija los archivos e impórtelos de nuevo.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>Importar archivos CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was read…</source>
        <translation>Cancelando: deshaciendo lo leído…</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows</source>
        <translation>Importando %1: %2 filas</translation>
    </message>
</context>
<context>
    <name>huellas::InteractionDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Choose the owner from the suggestions (type a name or a phone number).</source>
        <translation>Elija al cliente de las sugerencias (escriba un nombre o un número de teléfono).</translation>
    </message>
    <message>
        <source>Discard the interaction?</source>
        <translation>¿Descartar la interacción?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>Lo que escribió no se ha guardado. ¿Cerrar y perderlo?</translation>
    </message>
</context>
<context>
    <name>huellas::InteractionFilterBar</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Subject or summary (Ctrl+F)</source>
        <translation>Asunto o resumen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Pendientes hoy o vencidos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>D&amp;irección</translation>
    </message>
    <message>
        <source>S&amp;entiment</source>
        <translation>&amp;Sentimiento</translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation>&amp;Atendió</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>Se&amp;guimiento</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Pending without a date</source>
        <translation>Pendientes sin fecha</translation>
    </message>
    <message>
        <source>To attend (as in Pending)</source>
        <translation>Por atender (como en Pendientes)</translation>
    </message>
</context>
<context>
    <name>huellas::InteractionLogModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendió</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>huellas::InteractionLogView</name>
    <message>
        <source>Log interaction (Ctrl+I)</source>
        <translation>Registrar interacción (Ctrl+I)</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Search interactions</source>
        <translation>Buscar interacciones</translation>
    </message>
    <message>
        <source>Interactions: %1</source>
        <translation>Interacciones: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>huellas::KpiCard</name>
    <message>
        <source>Click to list these owners</source>
        <translation>Clic para ver la lista de estos clientes</translation>
    </message>
</context>
<context>
    <name>huellas::KpiCardsRow</name>
    <message>
        <source>Owners</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Active in 90 days</source>
        <translation>Activos 90 días</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>+%1 this month</source>
        <translation>+%1 este mes</translation>
    </message>
    <message>
        <source>New owners in %1</source>
        <translation>Clientes nuevos en %1</translation>
    </message>
    <message>
        <source>Seen in the last 90 days</source>
        <translation>Vistos en los últimos 90 días</translation>
    </message>
    <message>
        <source>%1 of all owners</source>
        <translation>%1 del total</translation>
    </message>
    <message>
        <source>Churn risk: medium or high</source>
        <translation>Riesgo de abandono: medio o alto</translation>
    </message>
    <message>
        <source>High: %1</source>
        <translation>Alto: %1</translation>
    </message>
    <message>
        <source>Churn risk: %1</source>
        <translation>Riesgo de abandono: %1</translation>
    </message>
    <message>
        <source>Medium: %1</source>
        <translation>Medio: %1</translation>
    </message>
    <message>
        <source>avg %1</source>
        <translation>prom. %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>Total lifetime value: %1
Click to list these owners</source>
        <translation>Valor de vida total: %1
Clic para ver la lista de estos clientes</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Seguimientos para hoy</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidos: %1</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Follow-ups to attend (today, overdue or without a date)</source>
        <translation>Seguimientos por atender (hoy, vencidos o sin fecha)</translation>
    </message>
    <message>
        <source>No date: %1</source>
        <translation>Sin fecha: %1</translation>
    </message>
    <message>
        <source>Follow-ups without a date</source>
        <translation>Seguimientos sin fecha</translation>
    </message>
    <message>
        <source>%1 follow-ups of %2 owners to attend
Click to list these owners</source>
        <translation>%1 seguimientos de %2 clientes por atender
Clic para ver estos clientes</translation>
    </message>
</context>
<context>
    <name>huellas::MainWindow</name>
    <message>
        <source>Huellas CRM — Puerto Morelos Clinic and Store</source>
        <translation>Huellas CRM — Clínica y Tienda Puerto Morelos</translation>
    </message>
    <message>
        <source>The interaction log appears here.</source>
        <translation>Aquí aparece el registro de interacciones.</translation>
    </message>
    <message>
        <source>Customer segments appear here.</source>
        <translation>Aquí aparecen los segmentos de clientes.</translation>
    </message>
    <message>
        <source>The CRM dashboard appears here.</source>
        <translation>Aquí aparece el tablero CRM.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New owner</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Log interaction</source>
        <translation>&amp;Registrar interacción</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>&amp;Siguiente seguimiento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Huellas CRM</source>
        <translation>&amp;Acerca de Huellas CRM</translation>
    </message>
    <message>
        <source>Due today: (%1) ●</source>
        <translation>Pendientes hoy: (%1) ●</translation>
    </message>
    <message>
        <source>Due today: none</source>
        <translation>Pendientes hoy: ninguno</translation>
    </message>
    <message>
        <source>Metrics as of %1 · %2</source>
        <translation>Métricas al %1 · %2</translation>
    </message>
    <message>
        <source>About Huellas CRM</source>
        <translation>Acerca de Huellas CRM</translation>
    </message>
    <message>
        <source>Huellas CRM %1
Customer relationships for the veterinary clinic and pet store of Puerto Morelos.
Database: %2</source>
        <translation>Huellas CRM %1
Relación con los clientes de la clínica veterinaria y tienda de mascotas de Puerto Morelos.
Base de datos: %2</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Read only: %1 cannot be written here (file, folder or disk). You can look up everything; nothing can be saved.</source>
        <translation>Solo lectura: %1 no se puede escribir aquí (archivo, carpeta o disco). Puede consultar todo; no se puede guardar nada.</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar respaldo…</translation>
    </message>
    <message>
        <source>Follow-ups to attend: overdue, due today or without a date (Ctrl+J opens the next one)</source>
        <translation>Seguimientos por atender: vencidos, para hoy o sin fecha (Ctrl+J abre el siguiente)</translation>
    </message>
    <message>
        <source>&amp;Import CSV files…</source>
        <translation>&amp;Importar archivos CSV…</translation>
    </message>
</context>
<context>
    <name>huellas::MonthlyOwnersChart</name>
    <message>
        <source>New owners per month</source>
        <translation>Clientes nuevos por mes</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Turned high risk</source>
        <translation>Pasaron a riesgo alto</translation>
    </message>
    <message>
        <source>Turned high risk in %1</source>
        <translation>Pasaron a riesgo alto en %1</translation>
    </message>
    <message>
        <source>New owners in %1</source>
        <translation>Clientes nuevos en %1</translation>
    </message>
</context>
<context>
    <name>huellas::OwnerEditorDialog</name>
    <message>
        <source>Engagement, lifetime value and visits appear once the owner is saved.</source>
        <translation>El compromiso, el valor de vida y las visitas aparecen cuando se guarda el cliente.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Nothing was saved; the form still holds what you typed.

%1</source>
        <translation>No se guardó nada; el formulario conserva lo que escribió.

%1</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:

%1</source>
        <translation>No se guardó nada. Corrija lo siguiente:

%1</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Drop every unsaved change and show the stored values again?</source>
        <translation>¿Descartar todos los cambios sin guardar y volver a mostrar los valores guardados?</translation>
    </message>
    <message>
        <source>The new owner</source>
        <translation>El nuevo cliente</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>huellas::OwnerEditorLauncher</name>
    <message>
        <source>Owner</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The owner could not be opened.

%1</source>
        <translation>No se pudo abrir la ficha del cliente.

%1</translation>
    </message>
</context>
<context>
    <name>huellas::OwnerEditorReferrerPicker</name>
    <message>
        <source>Referred by: several owners are called &quot;%1&quot;; choose one from the list.</source>
        <translation>Referido por: varios clientes se llaman &quot;%1&quot;; elija uno de la lista.</translation>
    </message>
    <message>
        <source>Referred by: there is no owner &quot;%1&quot;.</source>
        <translation>Referido por: no hay ningún cliente &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Referred by: an owner cannot be their own referrer.</source>
        <translation>Referido por: un cliente no puede referirse a sí mismo.</translation>
    </message>
</context>
<context>
    <name>huellas::OwnerFilterBar</name>
    <message>
        <source>Name, phone in any format, email or tag</source>
        <translation>Nombre, teléfono en cualquier formato, correo o etiqueta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Accepts WhatsApp</source>
        <translation>Acepta WhatsApp</translation>
    </message>
    <message>
        <source>Accepts SMS</source>
        <translation>Acepta SMS</translation>
    </message>
    <message>
        <source>Accepts email</source>
        <translation>Acepta correo</translation>
    </message>
    <message>
        <source>No WhatsApp</source>
        <translation>Sin WhatsApp</translation>
    </message>
    <message>
        <source>With pending follow-up</source>
        <translation>Con seguimiento</translation>
    </message>
    <message>
        <source>&amp;Search (Ctrl+F):</source>
        <translation>&amp;Buscar (Ctrl+F):</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Neighborhood</source>
        <translation>Colonia</translation>
    </message>
</context>
<context>
    <name>huellas::OwnerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Últ. visita</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>huellas::OwnersView</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>+ New owner (Ctrl+N)</source>
        <translation>+ Nuevo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <source> · matching: %1</source>
        <translation> · coinciden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>huellas::PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>huellas::PendingFollowUpsTable</name>
    <message>
        <source>Mark done</source>
        <translation>Marcar hecho</translation>
    </message>
    <message>
        <source>Show these owners</source>
        <translation>Ver estos clientes</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Marca como hecho el seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Double-click a follow-up to open its owner in the list</source>
        <translation>Doble clic en un seguimiento para abrir a su cliente en la lista</translation>
    </message>
    <message>
        <source>Pending follow-ups: %1</source>
        <translation>Seguimientos pendientes: %1</translation>
    </message>
    <message>
        <source>Show these %1 owners</source>
        <translation>Ver estos %1 clientes</translation>
    </message>
    <message>
        <source>Owners with a follow-up to attend</source>
        <translation>Clientes con un seguimiento por atender</translation>
    </message>
    <message>
        <source>Pending follow-ups: %1 (the first %2 shown)</source>
        <translation>Seguimientos pendientes: %1 (se muestran los primeros %2)</translation>
    </message>
</context>
<context>
    <name>huellas::RuleConditionRow</name>
    <message>
        <source>Choose a field…</source>
        <translation>Elige un campo…</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>Choose a field, or remove this condition.</source>
        <translation>Elige un campo o quita esta condición.</translation>
    </message>
    <message>
        <source>Choose at least one value.</source>
        <translation>Elige al menos un valor.</translation>
    </message>
</context>
<context>
    <name>huellas::RuleGroupEditor</name>
    <message>
        <source>&lt;b&gt;Any of&lt;/b&gt; — at least one must hold</source>
        <translation>&lt;b&gt;Cualquiera de&lt;/b&gt; — al menos una debe cumplirse</translation>
    </message>
    <message>
        <source>&lt;b&gt;All of&lt;/b&gt; — every condition must hold</source>
        <translation>&lt;b&gt;Todas&lt;/b&gt; — deben cumplirse todas las condiciones</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Quitar este grupo y sus condiciones</translation>
    </message>
    <message>
        <source>+ Alternative</source>
        <translation>+ Alternativa</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condición</translation>
    </message>
    <message>
        <source>+ &quot;All of&quot; group</source>
        <translation>+ Grupo «Todas»</translation>
    </message>
    <message>
        <source>+ &quot;Any of&quot; group</source>
        <translation>+ Grupo «Cualquiera de»</translation>
    </message>
    <message>
        <source>An alternative made of several conditions that must all hold</source>
        <translation>Una alternativa de varias condiciones que deben cumplirse todas</translation>
    </message>
    <message>
        <source>Conditions of which at least one must hold</source>
        <translation>Condiciones de las que al menos una debe cumplirse</translation>
    </message>
    <message>
        <source>Add at least one condition to this group, or remove it.</source>
        <translation>Agrega al menos una condición a este grupo o quítalo.</translation>
    </message>
    <message>
        <source>This field is already used in this group; put all its values in one condition.</source>
        <translation>Este campo ya se usa en este grupo; pon todos sus valores en una sola condición.</translation>
    </message>
</context>
<context>
    <name>huellas::RulesJsonDialog</name>
    <message>
        <source>Segment rules (JSON)</source>
        <translation>Reglas del segmento (JSON)</translation>
    </message>
</context>
<context>
    <name>huellas::SegmentBuilderDialog</name>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>The saved rules cannot be read: %1</source>
        <translation>Las reglas guardadas no se pueden leer: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Ponle un nombre al segmento.</translation>
    </message>
    <message>
        <source>…and %1 more (marked in red above)</source>
        <translation>…y %1 más (marcados en rojo arriba)</translation>
    </message>
    <message>
        <source>Members: — (correct the conditions in red to count them)</source>
        <translation>Miembros: — (corrige las condiciones en rojo para contarlos)</translation>
    </message>
    <message>
        <source>Members: —</source>
        <translation>Miembros: —</translation>
    </message>
    <message>
        <source>Members: counting…</source>
        <translation>Miembros: contando…</translation>
    </message>
    <message>
        <source>Members: %1 · the first %2 by name below</source>
        <translation>Miembros: %1 · abajo los primeros %2 por nombre</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Miembros: %1</translation>
    </message>
    <message>
        <source>Members could not be counted: %1</source>
        <translation>No se pudieron contar los miembros: %1</translation>
    </message>
</context>
<context>
    <name>huellas::SegmentListModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Contado el</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>huellas::SegmentPreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
</context>
<context>
    <name>huellas::SegmentsView</name>
    <message>
        <source>+ &amp;New segment</source>
        <translation>+ &amp;Nuevo segmento</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the segment in the builder (Enter or double-click)</source>
        <translation>Abrir el segmento en el editor (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Update counts</source>
        <translation>A&amp;ctualizar conteos</translation>
    </message>
    <message>
        <source>&amp;Show owners</source>
        <translation>&amp;Ver clientes</translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation>E&amp;xportar miembros…</translation>
    </message>
    <message>
        <source>&amp;Campaign list</source>
        <translation>&amp;Lista de campaña</translation>
    </message>
    <message>
        <source>Contacts of the members who accept WhatsApp, SMS or email</source>
        <translation>Contactos de los miembros que aceptan WhatsApp, SMS o email</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmentos: %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Segment not saved</source>
        <translation>Segmento no guardado</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: %2 members</source>
        <translation>Guardado «%1»: %2 miembros</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Duplicar segmento</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? Its owners are not affected.</source>
        <translation>¿Eliminar el segmento «%1»? Sus clientes no se modifican.</translation>
    </message>
    <message>
        <source>Update counts</source>
        <translation>Actualizar conteos</translation>
    </message>
    <message>
        <source>Counts updated: %1 segments</source>
        <translation>Conteos actualizados: %1 segmentos</translation>
    </message>
    <message>
        <source>Show owners</source>
        <translation>Ver clientes</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>segmento «%1»</translation>
    </message>
</context>
<context>
    <name>huellas::SettingsDialog</name>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>A backup is taken once a day, in the background, a few seconds after the program starts; the oldest beyond the number kept are removed. Empty folder: %1. A new language applies the next time Huellas CRM starts.</source>
        <translation>Se hace un respaldo al día, en segundo plano, unos segundos después de abrir el programa; se borran los más antiguos que pasen del número conservado. Carpeta vacía: %1. Un idioma nuevo se aplica la próxima vez que se abra Huellas CRM.</translation>
    </message>
    <message>
        <source>Daily backups folder</source>
        <translation>Carpeta de respaldos diarios</translation>
    </message>
</context>
<context>
    <name>huellas::TagChip</name>
    <message>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation>Quitar la etiqueta &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>huellas::TagChipEditor</name>
    <message>
        <source>&amp;Add tag</source>
        <translation>&amp;Agregar etiqueta</translation>
    </message>
    <message>
        <source>New tag; Enter adds it (commas separate several)</source>
        <translation>Nueva etiqueta; Enter la agrega (separe varias con comas)</translation>
    </message>
</context>
<context>
    <name>huellas::TextListEditor</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>huellas::TopOwnersModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
</context>
<context>
    <name>huellas::TopOwnersTable</name>
    <message>
        <source>Top %1 owners by lifetime value</source>
        <translation>Top %1 clientes por valor de vida</translation>
    </message>
    <message>
        <source>Double-click an owner to open the list on them</source>
        <translation>Doble clic en un cliente para abrirlo en la lista</translation>
    </message>
</context>
<context>
    <name>huellas::WeeklyInteractionsChart</name>
    <message>
        <source>Interactions per week, by type</source>
        <translation>Interacciones por semana, por tipo</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 interactions (%4 owners)</source>
        <translation>%1, semana del %2: %3 interacciones (%4 clientes)</translation>
    </message>
    <message>
        <source>%1 interactions, week of %2</source>
        <translation>Interacciones %1, semana del %2</translation>
    </message>
</context>
<context>
    <name>huellas::YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>interaction_type</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>AI chat</source>
        <translation>Chat AI</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Reseña</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Client referral</source>
        <translation>Referido cliente</translation>
    </message>
</context>
<context>
    <name>invoice_status</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Empty database</source>
        <translation>Base de datos vacía</translation>
    </message>
    <message>
        <source>The database has no owners yet. Fill it with demo data (300 fictitious owners of Puerto Morelos) to try the program?</source>
        <translation>La base de datos aún no tiene clientes. ¿Llenarla con datos de demostración (300 clientes ficticios de Puerto Morelos) para probar el programa?</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Huellas CRM</source>
        <translation>Huellas CRM</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Archivo de base de datos.</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by several desks (the password comes from ~/.pgpass).</source>
        <translation>Una base de datos PostgreSQL compartida por varios puestos (la contraseña se toma de ~/.pgpass).</translation>
    </message>
    <message>
        <source>Give either --db or --db-url, not both.</source>
        <translation>Indique --db o --db-url, no ambos.</translation>
    </message>
</context>
<context>
    <name>payment_status</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>pet_sex</name>
    <message>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Hembra</translation>
    </message>
</context>
<context>
    <name>sentiment</name>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
</context>
<context>
    <name>species</name>
    <message>
        <source>Dog</source>
        <translation>Perro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Ave</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Conejo</translation>
    </message>
    <message>
        <source>Rodent</source>
        <translation>Roedor</translation>
    </message>
    <message>
        <source>Reptile</source>
        <translation>Reptil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>staff_role</name>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>tier</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
</context>
</TS>
