package vn.planprogress.plans.service;

import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.plans.imports.ImportRefused;

/** The problem each refused document is answered with: one type per reason a client can act on. */
final class ImportProblems {

    private ImportProblems() {
    }

    static ProblemException of(ImportRefused refused) {
        return switch (refused.reason()) {
            case EMPTY_BODY, NOT_UTF8 -> ProblemException.invalid("body", refused.getMessage());
            case UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH -> ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, refused.getMessage());
            case ZIP_BOMB -> ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, refused.getMessage());
            case ENCRYPTED -> ProblemException.of(ProblemType.DOCUMENT_ENCRYPTED, refused.getMessage());
            case NO_TEXT_LAYER -> ProblemException.of(ProblemType.DOCUMENT_WITHOUT_TEXT, refused.getMessage());
            case LEGACY_ENCODING -> ProblemException.of(ProblemType.DOCUMENT_LEGACY_ENCODING, refused.getMessage());
            case UNREADABLE -> ProblemException.of(ProblemType.DOCUMENT_UNREADABLE, refused.getMessage());
            case NOT_A_PLAN -> ProblemException.of(ProblemType.DOCUMENT_NOT_A_PLAN, refused.getMessage());
        };
    }
}
