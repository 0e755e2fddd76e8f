"use client";
// The editors' controls on a record's page, each in a chunk of its own that loads only where one is drawn: a
// reader's page never draws them, so never downloads them. Drawn on the server as ever (they work without
// JavaScript); in the browser their chunk comes with the page that needs it.
import dynamic from "next/dynamic";

export const EditorTools = dynamic(() => import("./editor-tools").then((module) => module.EditorTools));
export const RestoreForm = dynamic(() => import("./editor-tools").then((module) => module.RestoreForm));
export const RevertButton = dynamic(() => import("@/components/revisions/revert-button").then((module) => module.RevertButton));
