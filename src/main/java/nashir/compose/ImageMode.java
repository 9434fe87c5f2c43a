package nashir.compose;

/** Whether posts of a schedule carry the story's image. */
public enum ImageMode {

	AUTO, NONE

}
