-- A snapshot's documents as the bytes that are served, rendered once when it is taken and never
-- again: its JSON, CSV, DOCX and PDF, each with its SHA-256 (the ETag and Content-Digest of every
-- download, and the check that storage has not changed them) and the version of its format.
create table snapshot_document (
    snapshot_id    uuid        not null references report_snapshot (id),
    format         text        not null check (format in ('JSON', 'CSV', 'DOCX', 'PDF')),
    format_version integer     not null check (format_version >= 1),
    media_type     text        not null,
    content        bytea       not null,
    sha256         bytea       not null check (length(sha256) = 32),
    created_at     timestamptz not null,
    primary key (snapshot_id, format)
);

-- Signatures (chữ ký số) of a snapshot's PDF, in order: each holds the whole signed PDF as it stood
-- after it, the previous one with this signature added as an incremental update. One per signer.
create table snapshot_signature (
    snapshot_id         uuid        not null references report_snapshot (id),
    sequence            integer     not null check (sequence >= 1),
    signer              text        not null,
    signer_name         text        not null,
    reason              text        not null,
    signed_at           timestamptz not null,
    certificate_subject text        not null,
    content             bytea       not null,
    sha256              bytea       not null check (length(sha256) = 32),
    primary key (snapshot_id, sequence),
    constraint snapshot_signature_once_per_signer unique (snapshot_id, signer)
);

create function snapshot_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'stored documents are immutable: % of a document of snapshot %', tg_op, old.snapshot_id;
end
$$;
create trigger snapshot_document_immutable before update or delete on snapshot_document
    for each row execute function snapshot_document_immutable();
create trigger snapshot_signature_immutable before update or delete on snapshot_signature
    for each row execute function snapshot_document_immutable();
